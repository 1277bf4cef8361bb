// Deterministic synthetic data for tests and `npm run bench`: invented people at invented
// companies (no real names), contacts with notes, and a LinkedIn-style Connections.csv.
import type { Contact, Stage } from '../domain/contact.ts';
import { STAGES } from '../domain/contact.ts';
import { emptyProfile } from '../domain/profile.ts';

/** mulberry32: tiny, fast, and the same sequence on every engine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_A = [
  'Al',
  'Bre',
  'Cor',
  'Dal',
  'Ely',
  'Fen',
  'Gry',
  'Hal',
  'Isk',
  'Jor',
  'Kae',
  'Lio',
  'Mor',
  'Nyl',
  'Ost',
  'Pry',
  'Quen',
  'Ros',
  'Syl',
  'Tam',
  'Ulv',
  'Vey',
  'Wyn',
  'Zé',
];
const FIRST_B = ['andra', 'wen', 'mira', 'ric', 'oné', 'vyn', 'thea', 'dric', 'lise', 'bram', 'ssa', 'ion'];
const LAST_A = [
  'Ash',
  'Brack',
  'Cinder',
  'Dun',
  'Elder',
  'Fallow',
  'Gorse',
  'Hollow',
  'Ivel',
  'Juni',
  'Kestrel',
  'Lark',
  'Moss',
  'Nettle',
  'Oak',
  'Pember',
  'Quill',
  'Rush',
  'Sedge',
  'Thorn',
  'Umber',
  'Vale',
  'Wick',
  'Yarrow',
];
const LAST_B = ['wood', 'ridge', 'more', 'field', 'brook', 'hart', 'grove', 'ström', 'well', 'ford', 'lund', 'croft'];
const CO_A = [
  'Nimbus',
  'Quillfeather',
  'Brackwater',
  'Lumen',
  'Orrery',
  'Tessel',
  'Vantmoor',
  'Cobalt',
  'Heliotrope',
  'Marrow',
  'Plinth',
  'Gantry',
  'Sorrel',
  'Kiln',
  'Arbor',
  'Fathom',
];
const CO_B = [
  'Lattice',
  'Labs',
  'Works',
  'Analytics',
  'Health',
  'Robotics',
  'Foods',
  'Capital',
  'Studio',
  'Systems',
  'Research',
  'Logistics',
];
const LEGAL = ['', '', '', ' LLC', ' Inc.', ' GmbH', ' Ltd', ' S.A.'];
const TITLES = [
  'Software Engineer',
  'Product Manager',
  'Data Scientist',
  'Designer',
  'Research Scientist',
  'Head of Operations',
  'Policy Analyst',
  'Recruiter',
  'Founder',
  'Nurse Practitioner',
  'Hydrologist',
  'Teacher',
];
const PLACES = [
  'Vantmoor',
  'Eastbridge',
  'Port Ilsen',
  'Carrow Flats',
  'New Harlow',
  'Mirefield',
  'Oskarvik',
  'São Brindo',
];
const WORDS = [
  'roadmap',
  'mentor',
  'climate',
  'hiring',
  'coffee',
  'conference',
  'startup',
  'budget',
  'research',
  'career',
  'advice',
  'transition',
  'python',
  'policy',
  'intro',
  'follow',
  'team',
  'remote',
  'grant',
  'portfolio',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

export interface SyntheticPerson {
  first: string;
  last: string;
  company: string;
  title: string;
  location: string;
  school: string;
  slug: string;
}

export function person(r: () => number, i: number): SyntheticPerson {
  const first = pick(r, FIRST_A) + pick(r, FIRST_B);
  const last = pick(r, LAST_A) + pick(r, LAST_B);
  const company = `${pick(r, CO_A)} ${pick(r, CO_B)}${pick(r, LEGAL)}`;
  // The index keeps slugs unique, as LinkedIn does with its numeric suffixes.
  const slug = `${first}-${last}-${(i + 1).toString(36)}`.toLowerCase();
  return {
    first,
    last,
    company,
    title: pick(r, TITLES),
    location: `${pick(r, PLACES)}`,
    school: `University of ${pick(r, PLACES)}`,
    slug,
  };
}

function sentence(r: () => number): string {
  const n = 5 + Math.floor(r() * 8);
  return Array.from({ length: n }, () => pick(r, WORDS)).join(' ') + '.';
}

/** `n` contacts with about `notes` notes spread over them, the same for the same seed. */
export function syntheticContacts(n: number, opts: { seed?: number; notes?: number; now?: number } = {}): Contact[] {
  const r = rng(opts.seed ?? 1);
  const now = opts.now ?? Date.UTC(2026, 0, 1);
  const notesEach = (opts.notes ?? 0) / Math.max(1, n);
  return Array.from({ length: n }, (_, i) => {
    const p = person(r, i);
    const url = `https://www.linkedin.com/in/${p.slug}/`;
    const count = Math.floor(notesEach) + (r() < notesEach % 1 ? 1 : 0);
    const at = now - Math.floor(r() * 3e10);
    return {
      id: `c${i.toString(36).padStart(6, '0')}`,
      profileUrl: url,
      captured: {
        ...emptyProfile(url, 'linkedin'),
        name: `${p.first} ${p.last}`,
        headline: `${p.title} at ${p.company}`,
        location: p.location,
        current: { title: p.title, company: p.company },
        experience: [
          {
            title: p.title,
            company: p.company,
            location: p.location,
            start: '2021-01',
            end: null,
            current: true,
            description: null,
          },
        ],
        education: [{ school: p.school, degree: 'BSc', field: null, start: '2012', end: '2016' }],
      },
      edits: {},
      email: null,
      tags: r() < 0.2 ? [pick(r, WORDS)] : [],
      stage: pick(r, STAGES) as Stage,
      referredBy: null,
      introducedBy: null,
      notes: Array.from({ length: count }, () => sentence(r)).join('\n'),
      createdAt: at,
      updatedAt: at,
      rev: 1,
    };
  });
}

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * A Connections.csv as LinkedIn writes it: the "Notes:" preamble, then the header, quoted
 * commas, percent-encoded non-ASCII slugs, `15 Oct 2024` dates, and rows of people who
 * hide their details (only the date).
 */
export function syntheticConnectionsCsv(n: number, seed = 7): string {
  const r = rng(seed);
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed it."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < n; i++) {
    const p = person(r, i);
    const date = `${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)} ${2015 + Math.floor(r() * 11)}`;
    if (r() < 0.01) {
      lines.push(`,,,,,,${date}`);
      continue;
    }
    const last = r() < 0.05 ? `${p.last}, PhD` : p.last;
    const url = `https://www.linkedin.com/in/${encodeURIComponent(p.slug)}`;
    const email = r() < 0.1 ? `${p.slug.replace(/[^a-z0-9-]/g, '')}@example.com` : '';
    lines.push([p.first, last, url, email, p.company, p.title, date].map(csvCell).join(','));
  }
  return lines.join('\n') + '\n';
}

/** Everything the benchmark needs, under one name. */
export const bench = { rng, person, contacts: syntheticContacts, connectionsCsv: syntheticConnectionsCsv };
