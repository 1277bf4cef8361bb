// Step two: write what the preview showed, in ONE transaction over every store it touches.
// Any failure (a full disk included) aborts it, and the store is as it was before.
import { unwrap } from 'idb';
import { IMPORT_SOURCES } from '../../domain/contact.ts';
import type { UserProfile } from '../../domain/settings.ts';
import { parseSettings } from '../../domain/settings-parse.ts';
import { bulkId } from '../bulk-ids.ts';
import { readContacts } from '../contact-record.ts';
import { newActivity } from '../records.ts';
import type { DB } from '../schema.ts';
import { SETTINGS_KEY } from '../settings.ts';
import { write } from '../write.ts';
import { planBackup } from './backup-restore.ts';
import { compactFromRow, plan } from './plan.ts';
import type { ImportKind, ImportPreview, ImportReport } from './types.ts';

const LABELS: Record<ImportKind, string> = {
  ...IMPORT_SOURCES,
  'linkedin-profile': 'your LinkedIn export',
  'json-backup': 'a backup',
};

const ALL = ['contacts', 'captures', 'interviews', 'referrals', 'reminders', 'activity', 'carried', 'kv'] as const;

// Relaxed durability: IndexedDB reports the commit without waiting for the disk to confirm it
// (a flush to disk at the end of the import). The transaction stays one atomic write: a crash
// before the commit leaves the store as it was, and a power cut just after it may lose the whole
// import, never part of it (README, "Import and durability").
export async function commitImport(db: DB, preview: ImportPreview, now: number): Promise<ImportReport> {
  return write(
    db,
    [...ALL],
    async (tx, log) => {
      const raw = unwrap(tx);
      const put = (store: (typeof ALL)[number], records: { id: string }[]) => {
        // Queue every put on the plain IndexedDB store, without a promise per request (idb's
        // wrapper costs a promise and two listeners each, 60,000 times for 30,000 rows). A put
        // that throws aborts the transaction through write(); one that fails later aborts it
        // too (its error is not prevented), and write() rejects with the transaction's error.
        const os = raw.objectStore(store);
        for (const r of records) {
          os.put(r);
          log.add(store, r.id);
        }
      };
      if (preview.kind === 'linkedin-profile') {
        const settings = parseSettings(await tx.objectStore('kv').get(SETTINGS_KEY));
        const filled: (keyof UserProfile)[] = [];
        for (const [k, v] of Object.entries(preview.profile ?? {}) as [keyof UserProfile, string][]) {
          if (v && !settings.user[k].trim()) {
            settings.user[k] = v;
            filled.push(k);
          }
        }
        await tx.objectStore('kv').put(settings, SETTINGS_KEY);
        log.add('kv', SETTINGS_KEY);
        return {
          kind: preview.kind,
          added: 0,
          updated: 0,
          unchanged: 0,
          skipped: [],
          contactIds: [],
          profileFields: filled,
        };
      }
      const existing = readContacts(await tx.objectStore('contacts').getAll());
      if (preview.kind === 'json-backup' && preview.backup) {
        const p = planBackup(preview.backup, existing);
        put('contacts', [...p.add, ...p.update]);
        for (const [store, list] of Object.entries(p.others)) put(store as 'captures', list);
        // Not awaited either: a failed put above then surfaces as the transaction's error.
        const kv = raw.objectStore('kv');
        for (const { key, value } of preview.backup.kv) {
          kv.put(value, key);
          log.add('kv', key);
        }
        if (preview.backup.settings) {
          kv.put(preview.backup.settings, SETTINGS_KEY);
          log.add('kv', SETTINGS_KEY);
        }
        return {
          kind: preview.kind,
          added: p.add.length,
          updated: p.update.length,
          unchanged: p.unchanged.length,
          skipped: [...preview.fileSkipped, ...p.skipped],
          contactIds: [...p.add, ...p.update].map((c) => c.id),
        };
      }
      if (existing.length === 0 && preview.plannedAgainstEmpty) {
        // Still empty: planning again would add the same rows. Each contact is built as it is
        // queued, while IndexedDB is still writing the ones before it. The notice says 'all':
        // listening pages re-read the whole store after that many changes anyway, and posting
        // 30,000 ids would cost more than it tells them.
        const os = raw.objectStore('contacts');
        const ids = new Array<string>(preview.toAdd.length);
        let i = 0;
        for (const row of preview.toAdd) {
          const c = compactFromRow(row, preview.kind, now);
          os.put(c);
          ids[i++] = c.id;
        }
        log.all('contacts');
        return {
          kind: preview.kind,
          added: ids.length,
          updated: 0,
          unchanged: 0,
          skipped: preview.skipped,
          contactIds: ids,
        };
      }
      const p = plan(preview.readRows, existing, now);
      // New contacts are stored compact (contact-record.ts); updated ones are written whole, as read.
      const added = p.add.map((a) => compactFromRow(a.row, preview.kind, now));
      const written = [...added, ...p.update.map((u) => u.contact)];
      // A new contact carries its origin (timelineOf shows it); only an update, which says what
      // it changed, gets a timeline record of its own. That halves the writes of a large import.
      const text = `Imported from ${LABELS[preview.kind]}`;
      const activity = p.update.map((u) =>
        newActivity(u.contact.id, 'imported', `${text}: ${u.changes.join('; ')}`, now, bulkId()),
      );
      put('contacts', written);
      put('activity', activity);
      return {
        kind: preview.kind,
        added: p.add.length,
        updated: p.update.length,
        unchanged: p.unchanged.length,
        skipped: [...preview.fileSkipped, ...p.skipped].sort((a, b) => a.row - b.row),
        contactIds: written.map((c) => c.id),
      };
    },
    { durability: 'relaxed' },
  );
}
