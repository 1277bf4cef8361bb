// The last pass over a merged profile: every string cleaned and bounded,
// every list capped, duplicates dropped, `current` derived from experience, recruiting slogans
// taken off company names.
// Layers may be sloppy; what leaves capture/ is not.
import type { CapturedProfile, Education, Position, Publication } from '../domain/profile.ts';
import { DEGREE } from './degree.ts';
import { withoutSlogan } from './finish/org-name.ts';
import { yearOf } from './publication.ts';
import { clean, MAX_ABOUT, MAX_LIST } from './text.ts';

/** Cleans every field of an entry with the same rules; `keys` fixes the shape. */
function entry<T>(x: unknown, keys: string[]): T | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = o[k];
    out[k] =
      k === 'current'
        ? !!v
        : k === 'start' || k === 'end'
          ? typeof v === 'string' && /^\d{4}(-\d\d)?$/.test(v)
            ? v
            : null
          : k === 'description'
            ? clean(v, MAX_ABOUT, true)
            : k === 'company'
              ? withoutSlogan(clean(v))
              : clean(v);
  }
  return out[keys[0] as string] || out[keys[1] as string] ? (out as T) : null;
}

function list<T>(xs: unknown, f: (x: unknown) => T | null): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  for (const x of Array.isArray(xs) ? xs.slice(0, MAX_LIST * 2) : []) {
    const y = f(x);
    const k = JSON.stringify(y);
    if (y && !seen.has(k)) seen.add(k) && out.push(y);
  }
  return out.slice(0, MAX_LIST);
}

const POS = ['title', 'company', 'location', 'start', 'end', 'current', 'description'];
const EDU = ['school', 'school', 'degree', 'field', 'start', 'end'];

function publication(x: unknown): Publication | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as Record<string, unknown>;
  const title = clean(o.title, 400);
  const n =
    typeof o.citations === 'number' && Number.isFinite(o.citations) ? Math.max(0, Math.floor(o.citations)) : null;
  const url = typeof o.url === 'string' && /^https?:\/\//.test(o.url) ? o.url.slice(0, 2000) : null;
  return title ? { title, year: yearOf(clean(o.year)), venue: clean(o.venue, 300), citations: n, url } : null;
}

const ENTRY = {
  experience: (x: unknown) => entry<Position>(x, POS),
  education: (x: unknown) => entry<Education>(x, EDU),
  skills: (s: unknown) => clean(s, 120),
  publications: publication,
};

export function normalize(p: CapturedProfile): CapturedProfile {
  p.name = clean(p.name, 200);
  p.headline = clean(p.headline);
  p.location = clean(p.location, 200);
  p.about = clean(p.about, MAX_ABOUT, true);
  p.photoUrl = typeof p.photoUrl === 'string' && /^https?:\/\//.test(p.photoUrl) ? p.photoUrl.slice(0, 2000) : null;
  for (const [k, f] of Object.entries(ENTRY) as [keyof typeof ENTRY, (x: unknown) => never][]) {
    // Lists longer than we keep are named, so the user knows the capture stopped there.
    const n = p[k].length;
    if (n > MAX_LIST)
      p.incomplete.push({ section: k, shown: MAX_LIST, total: n, hint: `Only the first ${MAX_LIST} are kept.` });
    p[k] = list(p[k], f);
  }
  const now = p.experience.find((x) => x.current);
  const c = now ?? p.current;
  let title = clean(c?.title);
  // The current title is a position: the first listed one, not the headline repeated; never a degree ("PhD").
  if (title && !now && title === p.headline && p.experience[0]) title = clean(p.experience[0].title);
  if (title && DEGREE.test(title.replace(/\s*\(.*\)$/, ''))) title = null;
  const company = withoutSlogan(clean(c?.company));
  p.current = c && (title || company) ? { title, company } : null;
  if (now) p.sources.current = p.sources.experience;
  for (const k of Object.keys(p.sources) as (keyof typeof p.sources)[]) {
    const v = p[k];
    if (v == null || (Array.isArray(v) && !v.length)) delete p.sources[k];
  }
  return p;
}
