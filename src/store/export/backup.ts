// Export everything as one JSON document. One read transaction: a consistent snapshot even
// while other pages write.
import { parseSettings } from '../../domain/settings-parse.ts';
import { readContacts, type StoredContact } from '../contact-record.ts';
import type { DB } from '../schema.ts';
import { DB_VERSION } from '../schema.ts';
import { SETTINGS_KEY } from '../settings.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData } from './backup-format.ts';

const STORES = ['contacts', 'captures', 'interviews', 'referrals', 'reminders', 'activity', 'carried'] as const;
/** Every store a backup reads (the bench's floor reads the same). */
export const BACKUP_STORE_NAMES = [...STORES, 'kv'] as const;

export async function exportBackup(db: DB, now: number): Promise<BackupData> {
  return JSON.parse(await exportBackupJson(db, now)) as BackupData;
}

/** The backup as a file's text (tests; the page saves the Blob). */
export async function exportBackupJson(db: DB, now: number): Promise<string> {
  return (await exportBackupBlob(db, now)).text();
}

interface Paged {
  getAll(range: IDBKeyRange | undefined, count: number): Promise<{ id: string }[]>;
}

/** Records per read: few reads, and each page is written out while the next one is read. */
const PAGE = 2_000;

/**
 * The backup as a file, written in pieces: each page of records becomes its own piece of JSON
 * as it is read, while IndexedDB reads the next, and the Blob joins them (no one string of tens
 * of megabytes). The text is exactly JSON.stringify of the backup object.
 */
export async function exportBackupBlob(db: DB, now: number, pageSize = PAGE): Promise<Blob> {
  const tx = db.transaction(BACKUP_STORE_NAMES);
  const kv = tx.objectStore('kv');
  const rest = Promise.all([kv.get(SETTINGS_KEY), kv.getAllKeys(), kv.getAll()]);
  const parts: string[] = [
    `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"schemaVersion":${DB_VERSION},"exportedAt":${JSON.stringify(now)},"stores":{`,
  ];
  for (const [i, name] of STORES.entries()) {
    parts.push(`${i ? ',' : ''}${JSON.stringify(name)}:[`);
    // Every store is keyed by `id`: the next page starts after the last id of this one.
    const store = tx.objectStore(name) as unknown as Paged;
    let next = store.getAll(undefined, pageSize);
    let first = true;
    for (;;) {
      const stored = await next;
      const page = name === 'contacts' ? readContacts(stored as StoredContact[]) : stored;
      const more = page.length === pageSize;
      if (more) next = store.getAll(IDBKeyRange.lowerBound(page[page.length - 1]!.id, true), pageSize);
      if (page.length) {
        const json = JSON.stringify(page);
        parts.push(first ? json.slice(1, -1) : `,${json.slice(1, -1)}`);
        first = false;
      }
      if (!more) break;
    }
    parts.push(']');
  }
  const [rawSettings, kvKeys, kvValues] = await rest;
  const others = kvKeys.map((key, i) => ({ key, value: kvValues[i] })).filter((e) => e.key !== SETTINGS_KEY);
  const settings = rawSettings === undefined ? null : parseSettings(rawSettings);
  parts.push(`},"settings":${JSON.stringify(settings)},"kv":${JSON.stringify(others)}}`);
  return new Blob(parts, { type: 'application/json' });
}
