// Contacts as IndexedDB holds them. Chromium's time to write a record grows with its bytes, and
// a contact made from a CSV row is mostly empty fields (null, [], {}, '') and a second copy of
// its profile URL: leaving those out makes a 30,000-row import a quarter faster. Imports write
// `compactContact`s; every read of the contacts store goes through `readContact`, which puts the
// empty fields back, so the rest of the code only ever sees whole Contacts. A record written
// whole (every other writer, and every older version) reads back as it was.
import type { Contact } from '../domain/contact.ts';
import type { CapturedProfile } from '../domain/profile.ts';

type Loose<T> = { -readonly [K in keyof T]?: T[K] | null };

/** A contact as an import stores it: what identifies and orders it, and its fields that are not empty. */
export type CompactContact = Loose<Contact> & Pick<Contact, 'id' | 'stage' | 'createdAt' | 'updatedAt' | 'rev'>;

declare const stored: unique symbol;
/**
 * What the contacts store holds (schema.ts): a whole Contact or a compact one, never known which.
 * Its empty fields may be missing, so it is not a Contact to the type checker: `db.get('contacts',
 * id)` used as a Contact does not compile, and readContact is the one way from here to a Contact.
 * Any Contact or CompactContact may be written as one.
 */
export type StoredContact = CompactContact & { readonly [stored]?: 'read it through readContact' };

/** The contact without its empty fields (and without captured.url when it is the profile URL). */
export function compactContact(c: Contact): CompactContact {
  const out: CompactContact = { id: c.id, stage: c.stage, createdAt: c.createdAt, updatedAt: c.updatedAt, rev: c.rev };
  if (c.profileUrl) out.profileUrl = c.profileUrl;
  if (c.captured) out.captured = compactProfile(c.captured, c.profileUrl) as CapturedProfile;
  if (Object.keys(c.edits).length) out.edits = c.edits;
  if (c.email) out.email = c.email;
  if (c.tags.length) out.tags = c.tags;
  if (c.referredBy) out.referredBy = c.referredBy;
  if (c.introducedBy) out.introducedBy = c.introducedBy;
  if (c.notes) out.notes = c.notes;
  if (c.importedFrom) out.importedFrom = c.importedFrom;
  return out;
}

function compactProfile(p: CapturedProfile, profileUrl: string | null): Loose<CapturedProfile> {
  const out: Loose<CapturedProfile> = { site: p.site };
  if (p.url && p.url !== profileUrl) out.url = p.url;
  for (const k of ['name', 'headline', 'location', 'about', 'photoUrl', 'current', 'connectionDegree'] as const) {
    if (p[k] !== null) (out as Record<string, unknown>)[k] = p[k];
  }
  for (const k of ['experience', 'education', 'skills', 'publications', 'incomplete'] as const) {
    if (p[k].length) (out as Record<string, unknown>)[k] = p[k];
  }
  if (Object.keys(p.sources).length) out.sources = p.sources;
  return out;
}

/**
 * A stored contact, whole: the empty fields a compact record left out are put back, in place
 * (the object is the store's fresh copy). Undefined stays undefined, for "no such contact".
 */
export function readContact(stored: StoredContact): Contact;
export function readContact(stored: StoredContact | undefined): Contact | undefined;
export function readContact(stored: StoredContact | undefined): Contact | undefined {
  if (!stored) return undefined;
  const c = stored as Loose<Contact>;
  c.profileUrl ??= null;
  c.edits ??= {};
  c.email ??= null;
  c.tags ??= [];
  c.referredBy ??= null;
  c.introducedBy ??= null;
  c.notes ??= '';
  const p = c.captured as Loose<CapturedProfile> | null | undefined;
  if (p) {
    p.url ??= c.profileUrl ?? '';
    p.name ??= null;
    p.headline ??= null;
    p.location ??= null;
    p.about ??= null;
    p.photoUrl ??= null;
    p.current ??= null;
    p.experience ??= [];
    p.education ??= [];
    p.skills ??= [];
    p.publications ??= []; // also absent from records stored before publications were captured
    p.connectionDegree ??= null;
    p.sources ??= {};
    p.incomplete ??= [];
  } else c.captured = null;
  return stored as Contact;
}

/** readContact for a list, in place. */
export function readContacts(stored: StoredContact[]): Contact[] {
  for (const c of stored) readContact(c);
  return stored as Contact[];
}
