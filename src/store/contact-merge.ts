// What a page does when its save loses a race: re-read, and re-apply its own change if the
// other writer touched different fields (a three-way merge against what the page loaded).
// Only when both changed the same field is the conflict reported to the user.
import type { Contact } from '../domain/contact.ts';
import { deepEqual } from '../lib/deep-equal.ts';
import { type ContactPatch, getContact, updateContact } from './contacts.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import type { DB } from './schema.ts';

function clashes(base: Contact, current: Contact, patch: ContactPatch): string[] {
  const out: string[] = [];
  for (const key of Object.keys(patch) as (keyof ContactPatch)[]) {
    if (key === 'edits') {
      for (const f of Object.keys(patch.edits ?? {}) as (keyof Contact['edits'])[]) {
        if (!deepEqual(base.edits[f], current.edits[f])) out.push(f);
      }
    } else if (!deepEqual(base[key], current[key])) out.push(key);
  }
  return out;
}

/**
 * Saves `patch` made on `base` (the contact as the page loaded it). If another page saved in
 * between, the patch is re-applied on top of its version when they changed different fields;
 * otherwise throws ConflictError listing the fields both changed.
 */
export async function saveContactPatch(
  db: DB,
  base: Contact,
  patch: ContactPatch,
  now: number,
): Promise<{ contact: Contact; merged: boolean }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = attempt === 0 ? base : await getContact(db, base.id);
    if (!current) throw new NotFoundError('contact', base.id);
    const fields = attempt === 0 ? [] : clashes(base, current, patch);
    if (fields.length) throw new ConflictError<Contact>(base.id, base.rev, current, fields);
    try {
      return { contact: await updateContact(db, base.id, patch, current.rev, now), merged: attempt > 0 };
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
    }
  }
  throw new ConflictError<Contact | undefined>(base.id, base.rev, await getContact(db, base.id));
}
