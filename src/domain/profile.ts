// The captured profile: what capture/ produces and every other module reads.
// Dates are "YYYY-MM" or "YYYY" strings (never Date objects) so they survive
// structured cloning, JSON backups and IndexedDB unchanged.

export const SITES = ['linkedin', 'scholar', 'researchgate', 'github', 'generic'] as const;
export type Site = (typeof SITES)[number];

export type ConnectionDegree = '1st' | '2nd' | '3rd';

export interface Position {
  title: string | null;
  company: string | null;
  location: string | null;
  start: string | null;
  end: string | null;
  current: boolean;
  description: string | null;
}

export interface Education {
  school: string | null;
  degree: string | null;
  field: string | null;
  start: string | null;
  end: string | null;
}

/** A paper or other work a researcher lists (Scholar, ResearchGate, LinkedIn's Publications, JSON-LD). */
export interface Publication {
  title: string;
  /** "YYYY", when the page gives one. */
  year: string | null;
  venue: string | null;
  citations: number | null;
  url: string | null;
}

export const INCOMPLETE_SECTIONS = [
  'experience',
  'education',
  'skills',
  'about',
  'publications',
  'name',
  'headline',
  'location',
  'current',
  'photoUrl',
  'other',
] as const;

/**
 * A section the page has but did not show in full; `hint` tells the user what to do.
 * With `check`, a field the self-check found implausible ("check this"): `hint` is the reason.
 */
export interface IncompleteSection {
  section: (typeof INCOMPLETE_SECTIONS)[number];
  shown?: number;
  total?: number;
  hint: string;
  check?: true;
}

/** Fields that record which capture layer produced them, e.g. { name: 'linkedin/top-card' }. */
export type ProfileField =
  | 'name'
  | 'headline'
  | 'location'
  | 'about'
  | 'photoUrl'
  | 'current'
  | 'experience'
  | 'education'
  | 'skills'
  | 'publications'
  | 'connectionDegree';

export interface CapturedProfile {
  url: string;
  site: Site;
  name: string | null;
  headline: string | null;
  location: string | null;
  about: string | null;
  photoUrl: string | null;
  current: { title: string | null; company: string | null } | null;
  experience: Position[];
  education: Education[];
  skills: string[];
  publications: Publication[];
  connectionDegree: ConnectionDegree | null;
  sources: Partial<Record<ProfileField, string>>;
  incomplete: IncompleteSection[];
}

/** A person linked from a page that is not itself a profile (search results). */
export interface LinkedPerson {
  name: string;
  url: string;
  headline: string | null;
}

/** 'loading': the page still shows the previous person after an in-page navigation. */
export type NotProfileReason = 'auth-wall' | 'not-found' | 'search-results' | 'company' | 'loading' | 'unsupported';

/** What one capture of one page yields. Never a made-up person. */
export type CaptureResult =
  | { kind: 'profile'; profile: CapturedProfile }
  | { kind: 'not-profile'; reason: NotProfileReason; message: string; people: LinkedPerson[] };

export function emptyProfile(url: string, site: Site): CapturedProfile {
  return {
    url,
    site,
    name: null,
    headline: null,
    location: null,
    about: null,
    photoUrl: null,
    current: null,
    experience: [],
    education: [],
    skills: [],
    publications: [],
    connectionDegree: null,
    sources: {},
    incomplete: [],
  };
}
