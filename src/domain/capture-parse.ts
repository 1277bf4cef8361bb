import {
  type CapturedProfile,
  type CaptureResult,
  type ConnectionDegree,
  type Education,
  emptyProfile,
  INCOMPLETE_SECTIONS,
  type IncompleteSection,
  type LinkedPerson,
  type NotProfileReason,
  type Position,
  type Publication,
  SITES,
  type Site,
} from './profile.ts';

// The capture runs inside a web page; its answer is as hostile as the page. Everything is
// re-typed and bounded here before any extension page sees it.

const MAX_TEXT = 20_000;
const MAX_SHORT = 500;
const MAX_LIST = 300;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: unknown, max = MAX_SHORT): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t ? t.slice(0, max) : null;
}

function list<T>(v: unknown, item: (x: unknown) => T | null, max = MAX_LIST): T[] {
  if (!Array.isArray(v)) return [];
  const out: T[] = [];
  for (const x of v.slice(0, max)) {
    const parsed = item(x);
    if (parsed !== null) out.push(parsed);
  }
  return out;
}

const date = (v: unknown): string | null => {
  const s = str(v, 10);
  return s && /^\d{4}(-\d{2})?$/.test(s) ? s : null;
};

function position(v: unknown): Position | null {
  if (!isObj(v)) return null;
  const p: Position = {
    title: str(v.title),
    company: str(v.company),
    location: str(v.location),
    start: date(v.start),
    end: date(v.end),
    current: v.current === true,
    description: str(v.description, MAX_TEXT),
  };
  return p.title || p.company ? p : null;
}

function education(v: unknown): Education | null {
  if (!isObj(v)) return null;
  const e: Education = {
    school: str(v.school),
    degree: str(v.degree),
    field: str(v.field),
    start: date(v.start),
    end: date(v.end),
  };
  return e.school || e.degree ? e : null;
}

function publication(v: unknown): Publication | null {
  if (!isObj(v)) return null;
  const title = str(v.title, 1000);
  if (!title) return null;
  const year = str(v.year, 4);
  const c = v.citations;
  return {
    title,
    year: year && /^\d{4}$/.test(year) ? year : null,
    venue: str(v.venue),
    citations: typeof c === 'number' && Number.isFinite(c) && c >= 0 ? Math.floor(c) : null,
    url: safeUrl(v.url),
  };
}

function incomplete(v: unknown): IncompleteSection | null {
  if (!isObj(v)) return null;
  // Never `check`: "check this" flags come from the extension's self-check, not from the page.
  const section = INCOMPLETE_SECTIONS.find((s) => s === v.section) ?? 'other';
  const hint = str(v.hint);
  if (!hint) return null;
  const n = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? Math.floor(x) : undefined);
  return { section, shown: n(v.shown), total: n(v.total), hint };
}

/** Only http(s) links survive: a `javascript:` photo or profile URL is dropped. */
export function safeUrl(v: unknown): string | null {
  const s = str(v, 2000);
  if (!s) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function parsePageProfile(v: unknown): CapturedProfile | null {
  if (!isObj(v)) return null;
  const url = safeUrl(v.url);
  if (!url) return null;
  const site: Site = SITES.find((s) => s === v.site) ?? 'generic';
  const p = emptyProfile(url, site);
  p.name = str(v.name);
  p.headline = str(v.headline, 1000);
  p.location = str(v.location);
  p.about = str(v.about, MAX_TEXT);
  p.photoUrl = safeUrl(v.photoUrl);
  if (isObj(v.current)) {
    const title = str(v.current.title);
    const company = str(v.current.company);
    p.current = title || company ? { title, company } : null;
  }
  p.experience = list(v.experience, position);
  p.education = list(v.education, education);
  p.skills = list(v.skills, (x) => str(x, 200));
  p.publications = list(v.publications, publication, 100);
  const degrees: ConnectionDegree[] = ['1st', '2nd', '3rd'];
  p.connectionDegree = degrees.find((d) => d === v.connectionDegree) ?? null;
  if (isObj(v.sources)) {
    for (const [k, src] of Object.entries(v.sources).slice(0, 20)) {
      const s = str(src, 100);
      if (s) (p.sources as Record<string, string>)[k] = s;
    }
  }
  p.incomplete = list(v.incomplete, incomplete, 20);
  return p;
}

function person(v: unknown): LinkedPerson | null {
  if (!isObj(v)) return null;
  const name = str(v.name);
  const url = safeUrl(v.url);
  return name && url ? { name, url, headline: str(v.headline, 1000) } : null;
}

const REASONS: NotProfileReason[] = ['auth-wall', 'not-found', 'search-results', 'company', 'loading', 'unsupported'];

/** Never throws: anything unrecognisable becomes "unsupported". */
export function parseCaptureResult(v: unknown): CaptureResult {
  if (isObj(v) && v.kind === 'profile') {
    const profile = parsePageProfile(v.profile);
    if (profile) return { kind: 'profile', profile };
  }
  if (isObj(v) && v.kind === 'not-profile') {
    return {
      kind: 'not-profile',
      reason: REASONS.find((r) => r === v.reason) ?? 'unsupported',
      message: str(v.message) ?? 'This page is not a profile.',
      people: list(v.people, person, 200),
    };
  }
  return {
    kind: 'not-profile',
    reason: 'unsupported',
    message: 'Nothing on this page looks like a profile.',
    people: [],
  };
}
