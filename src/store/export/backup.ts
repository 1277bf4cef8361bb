// Export everything as one JSON document. One read transaction: a consistent snapshot even
// while other pages write.
import { parseSettings } from '../../domain/settings-parse.ts';
import { readContacts } from '../contact-record.ts';
import type { DB } from '../schema.ts';
import { DB_VERSION } from '../schema.ts';
import { SETTINGS_KEY } from '../settings.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData } from './backup-format.ts';

export async function exportBackup(db: DB, now: number): Promise<BackupData> {
  const tx = db.transaction([
    'contacts',
    'captures',
    'interviews',
    'referrals',
    'reminders',
    'activity',
    'carried',
    'kv',
  ]);
  const [contacts, captures, interviews, referrals, reminders, activity, carried, rawSettings] = await Promise.all([
    tx.objectStore('contacts').getAll(),
    tx.objectStore('captures').getAll(),
    tx.objectStore('interviews').getAll(),
    tx.objectStore('referrals').getAll(),
    tx.objectStore('reminders').getAll(),
    tx.objectStore('activity').getAll(),
    tx.objectStore('carried').getAll(),
    tx.objectStore('kv').get(SETTINGS_KEY),
  ]);
  const [kvKeys, kvValues] = await Promise.all([tx.objectStore('kv').getAllKeys(), tx.objectStore('kv').getAll()]);
  const kv = kvKeys.map((key, i) => ({ key, value: kvValues[i] })).filter((e) => e.key !== SETTINGS_KEY);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: DB_VERSION,
    exportedAt: now,
    // Whole contacts, whatever their stored form: a backup's format does not follow the store's.
    stores: { contacts: readContacts(contacts), captures, interviews, referrals, reminders, activity, carried },
    settings: rawSettings === undefined ? null : parseSettings(rawSettings),
    kv,
  };
}

/** The backup as a file's text. */
export async function exportBackupJson(db: DB, now: number): Promise<string> {
  return JSON.stringify(await exportBackup(db, now));
}
