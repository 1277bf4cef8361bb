// Export: reads the store and hands back file text. Kept apart from the format writers so
// those stay pure (tested without a database).

import { readContacts } from '../contact-record.ts';
import { allContacts } from '../contacts.ts';
import type { DB } from '../schema.ts';
import { BACKUP_STORE_NAMES, exportBackup, exportBackupBlob, exportBackupJson } from './backup.ts';
import { contactsToCsv } from './csv.ts';
import { interviewsToIcs } from './ics.ts';
import { contactsToVcard } from './vcard.ts';

export type { BackupData } from './backup-format.ts';
export {
  BACKUP_STORE_NAMES,
  contactsToCsv,
  contactsToVcard,
  exportBackup,
  exportBackupBlob,
  exportBackupJson,
  interviewsToIcs,
};

export async function exportContactsCsv(db: DB): Promise<string> {
  return contactsToCsv(await allContacts(db));
}

export async function exportContactsVcard(db: DB): Promise<string> {
  return contactsToVcard(await allContacts(db));
}

/** Interviews from `from` on (default: all) that have not ended. */
export async function exportInterviewsIcs(db: DB, now: number, from = 0): Promise<string> {
  const tx = db.transaction(['interviews', 'contacts']);
  const [interviews, contacts] = await Promise.all([
    tx.objectStore('interviews').index('scheduledAt').getAll(IDBKeyRange.lowerBound(from)),
    tx.objectStore('contacts').getAll(),
  ]);
  return interviewsToIcs(interviews, new Map(readContacts(contacts).map((c) => [c.id, c])), now);
}
