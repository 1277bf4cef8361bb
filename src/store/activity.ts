// The per-contact timeline: captured, drafted, emailed, met, notes. Entries are written in
// the same transaction as the change they describe (see contacts.ts); other modules add theirs here.
import { type Activity, type ActivityKind, timelineOf } from '../domain/contact.ts';
import type { ChangeLog } from './changes.ts';
import { readContact } from './contact-record.ts';
import { newActivity } from './records.ts';
import type { DB } from './schema.ts';
import { type TxWith, write } from './write.ts';

export function addActivity(
  db: DB,
  contactId: string,
  kind: ActivityKind,
  text: string,
  at: number,
): Promise<Activity> {
  return write(db, ['activity'], (tx, log) => addActivityIn(tx, log, contactId, kind, text, at));
}

/** addActivity inside a transaction of the caller's: the entry commits with the change it describes. */
export async function addActivityIn(
  tx: TxWith<'activity'>,
  log: ChangeLog,
  contactId: string,
  kind: ActivityKind,
  text: string,
  at: number,
): Promise<Activity> {
  const entry = newActivity(contactId, kind, text, at);
  await tx.objectStore('activity').put(entry);
  log.add('activity', entry.id);
  return entry;
}

/**
 * The contact's timeline, oldest first (entries of the same instant in id order), including the
 * import that created it, which lives on the contact itself (see timelineOf).
 */
export async function listActivity(db: DB, contactId: string): Promise<Activity[]> {
  const tx = db.transaction(['contacts', 'activity']);
  const range = IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity]);
  const [contact, stored] = await Promise.all([
    tx.objectStore('contacts').get(contactId),
    tx.objectStore('activity').index('contactAt').getAll(range),
  ]);
  return contact ? timelineOf(readContact(contact), stored) : stored;
}
