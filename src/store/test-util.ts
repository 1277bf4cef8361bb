// Helpers for the store's unit tests: a fresh database per test and invented profiles.
import { type CapturedProfile, emptyProfile } from '../domain/profile.ts';
import { openDb } from './db.ts';
import { type DB, STORE_NAMES } from './schema.ts';

let n = 0;

export function freshDb(): Promise<DB> {
  n += 1;
  return openDb(`test-${n}-${Math.random().toString(36).slice(2)}`);
}

export function profile(slug: string, over: Partial<CapturedProfile> = {}): CapturedProfile {
  return {
    ...emptyProfile(`https://www.linkedin.com/in/${slug}/`, 'linkedin'),
    name: 'Orla Brindlewood',
    headline: 'Data engineer',
    location: 'Porto, Portugal',
    current: { title: 'Data Engineer', company: 'Quillfeather Labs' },
    experience: [
      {
        title: 'Data Engineer',
        company: 'Quillfeather Labs',
        location: null,
        start: '2021-03',
        end: null,
        current: true,
        description: null,
      },
    ],
    education: [{ school: 'University of Vantmoor', degree: 'MSc', field: 'Statistics', start: '2016', end: '2018' }],
    skills: ['SQL', 'Python'],
    sources: { name: 'test' },
    ...over,
  };
}

/** Every record of every store, to check that a failed action left the database as it was. */
export async function everything(db: DB): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(STORE_NAMES.map(async (s) => [s, await db.getAll(s)] as const)));
}
