// The per-contact timeline: captured, drafted, emailed, met, notes. Entries are written in
// the same transaction as the change they describe (see contacts.ts); other modules add theirs here.
import type { Activity, ActivityKind } from '../domain/contact.ts';
import { newActivity } from './records.ts';
import type { DB } from './schema.ts';
import { write } from './write.ts';

export async function addActivity(db: DB, contactId: string, kind: ActivityKind, text: string, at: number): Promise<Activity> {
  const entry = newActivity(contactId, kind, text, at);
  await write(db, ['activity'], async (tx, log) => {
    await tx.objectStore('activity').put(entry);
    log.add('activity', entry.id);
  });
  return entry;
}

/** Oldest first (the order the timeline reads in); ties keep insertion order of the index. */
export function listActivity(db: DB, contactId: string): Promise<Activity[]> {
  const range = IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity]);
  return db.getAllFromIndex('activity', 'contactAt', range);
}
