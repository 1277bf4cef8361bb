// A CapturedProfile read back from storage or a backup file. Keeps every valid value as it
// was (backups must round-trip exactly) and drops what is not of the right type.
import type {
  CapturedProfile,
  ConnectionDegree,
  Education,
  IncompleteSection,
  Position,
  ProfileField,
  Publication,
} from './profile.ts';
import { INCOMPLETE_SECTIONS, SITES } from './profile.ts';
import { bool, isObj, numOrNull, oneOf, str, strings, strOrNull, ValidationError } from './validate.ts';

const FIELDS: readonly ProfileField[] = [
  'name',
  'headline',
  'location',
  'about',
  'photoUrl',
  'current',
  'experience',
  'education',
  'skills',
  'publications',
  'connectionDegree',
];

function position(v: unknown): Position | null {
  if (!isObj(v)) return null;
  return {
    title: strOrNull(v.title),
    company: strOrNull(v.company),
    location: strOrNull(v.location),
    start: strOrNull(v.start),
    end: strOrNull(v.end),
    current: bool(v.current, false),
    description: strOrNull(v.description),
  };
}

function education(v: unknown): Education | null {
  if (!isObj(v)) return null;
  return {
    school: strOrNull(v.school),
    degree: strOrNull(v.degree),
    field: strOrNull(v.field),
    start: strOrNull(v.start),
    end: strOrNull(v.end),
  };
}

function publication(v: unknown): Publication | null {
  if (!isObj(v) || typeof v.title !== 'string') return null;
  return {
    title: v.title,
    year: strOrNull(v.year),
    venue: strOrNull(v.venue),
    citations: numOrNull(v.citations),
    url: strOrNull(v.url),
  };
}

function incomplete(v: unknown): IncompleteSection | null {
  if (!isObj(v)) return null;
  const out: IncompleteSection = { section: oneOf(v.section, INCOMPLETE_SECTIONS, 'other'), hint: str(v.hint) };
  const shown = numOrNull(v.shown);
  const total = numOrNull(v.total);
  if (shown !== null) out.shown = shown;
  if (total !== null) out.total = total;
  if (v.check === true) out.check = true;
  return out;
}

function list<T>(v: unknown, each: (x: unknown) => T | null): T[] {
  return Array.isArray(v) ? v.map(each).filter((x): x is T => x !== null) : [];
}

export function parseProfile(v: unknown): CapturedProfile {
  if (!isObj(v) || typeof v.url !== 'string') throw new ValidationError('profile: "url" is missing');
  const cur = isObj(v.current) ? { title: strOrNull(v.current.title), company: strOrNull(v.current.company) } : null;
  const sources: CapturedProfile['sources'] = {};
  if (isObj(v.sources)) {
    for (const f of FIELDS) if (typeof v.sources[f] === 'string') sources[f] = v.sources[f] as string;
  }
  const degree = v.connectionDegree;
  return {
    url: v.url,
    site: oneOf(v.site, SITES, 'generic'),
    name: strOrNull(v.name),
    headline: strOrNull(v.headline),
    location: strOrNull(v.location),
    about: strOrNull(v.about),
    photoUrl: strOrNull(v.photoUrl),
    current: cur,
    experience: list(v.experience, position),
    education: list(v.education, education),
    skills: strings(v.skills),
    // Absent in records written before publications were captured.
    publications: list(v.publications, publication),
    connectionDegree: degree === '1st' || degree === '2nd' || degree === '3rd' ? (degree as ConnectionDegree) : null,
    sources,
    incomplete: list(v.incomplete, incomplete),
  };
}
