// What the user is preparing for one person in the popup: picked questions, the message
// being written, a quick note, fields fixed before saving. Saved as they type, so closing
// the popup loses nothing; keyed by the normalised profile URL so it exists before the
// person is saved. Read through parsePersonDraft: old or damaged records still load.
import type { ContactFields } from '../domain/contact.ts';
import { type DraftLanguage, isDraftLanguage } from '../domain/language.ts';
import { profileKey } from '../domain/profile-url.ts';
import type { DB } from './schema.ts';
import { write } from './write.ts';

/** directMessage: for someone already connected on LinkedIn, who needs no connection note. */
export const DRAFT_VARIANTS = ['coldEmail', 'connectionNote', 'introRequest', 'directMessage'] as const;
export type DraftVariant = (typeof DRAFT_VARIANTS)[number];

export interface PersonDraft {
  /** Question texts picked into the interview plan, in order. */
  plan: string[];
  /** False until the user changes the ticks: until then the plan also holds the default picks. */
  planTouched: boolean;
  /** How many "more ideas" pages the user opened. */
  morePages: number;
  note: string;
  variant: DraftVariant;
  introducerId: string | null;
  /** Start times (epoch ms) of the slots offered in the message. */
  slotStarts: number[];
  /** The language the user picked for a message; absent means the person's own (or the default). */
  languages: Partial<Record<DraftVariant, DraftLanguage>>;
  /** Messages the user edited by hand; absent means "as drafted". */
  edited: Partial<Record<DraftVariant, { subject: string; body: string }>>;
  /** Corrections typed before the person is saved; they become the contact's edits. */
  fields: Partial<ContactFields>;
  email: string;
  updatedAt: number;
}

export function emptyDraft(): PersonDraft {
  return {
    plan: [],
    planTouched: false,
    morePages: 0,
    note: '',
    variant: 'coldEmail',
    introducerId: null,
    slotStarts: [],
    languages: {},
    edited: {},
    fields: {},
    email: '',
    updatedAt: 0,
  };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max = 20_000) => (typeof v === 'string' ? v.slice(0, max) : '');
const FIELD_KEYS: (keyof ContactFields)[] = ['name', 'headline', 'company', 'title', 'location', 'about'];

export function parsePersonDraft(v: unknown): PersonDraft {
  const d = emptyDraft();
  if (!isObj(v)) return d;
  if (Array.isArray(v.plan))
    d.plan = v.plan
      .filter((q): q is string => typeof q === 'string')
      .map((q) => q.slice(0, 1000))
      .slice(0, 100);
  d.planTouched = v.planTouched === true;
  if (typeof v.morePages === 'number' && Number.isInteger(v.morePages))
    d.morePages = Math.max(0, Math.min(v.morePages, 20));
  d.note = text(v.note);
  d.variant = DRAFT_VARIANTS.find((x) => x === v.variant) ?? 'coldEmail';
  d.introducerId = typeof v.introducerId === 'string' ? v.introducerId : null;
  if (Array.isArray(v.slotStarts))
    d.slotStarts = v.slotStarts.filter((n): n is number => Number.isFinite(n)).slice(0, 3);
  if (isObj(v.languages)) {
    for (const k of DRAFT_VARIANTS) {
      const lang = v.languages[k];
      if (isDraftLanguage(lang)) d.languages[k] = lang;
    }
  }
  if (isObj(v.edited)) {
    for (const k of DRAFT_VARIANTS) {
      const e = v.edited[k];
      if (isObj(e)) d.edited[k] = { subject: text(e.subject, 1000), body: text(e.body) };
    }
  }
  if (isObj(v.fields)) {
    for (const k of FIELD_KEYS) if (typeof v.fields[k] === 'string') d.fields[k] = text(v.fields[k], 2000);
  }
  d.email = text(v.email, 320);
  d.updatedAt = typeof v.updatedAt === 'number' && Number.isFinite(v.updatedAt) ? v.updatedAt : 0;
  return d;
}

const keyFor = (url: string) => `draft:${profileKey(url)}`;

export async function getPersonDraft(db: DB, url: string): Promise<PersonDraft> {
  return parsePersonDraft(await db.get('kv', keyFor(url)));
}

export async function savePersonDraft(db: DB, url: string, draft: PersonDraft): Promise<void> {
  const key = keyFor(url);
  await write(db, ['kv'], async (tx, log) => {
    await tx.objectStore('kv').put(parsePersonDraft(draft), key);
    log.add('kv', key);
  });
}
