// Step two: write what the preview showed, in ONE transaction over every store it touches.
// Any failure (a full disk included) aborts it, and the store is as it was before.
import { parseSettings } from '../../domain/settings-parse.ts';
import type { UserProfile } from '../../domain/settings.ts';
import { newActivity } from '../records.ts';
import type { DB } from '../schema.ts';
import { SETTINGS_KEY } from '../settings.ts';
import { write } from '../write.ts';
import { planBackup } from './backup-restore.ts';
import { plan } from './plan.ts';
import type { ImportKind, ImportPreview, ImportReport } from './types.ts';

const LABELS: Record<ImportKind, string> = {
  'linkedin-connections': 'LinkedIn connections', 'linkedin-profile': 'your LinkedIn export',
  'json-backup': 'a backup', vcard: 'a vCard file', csv: 'a CSV file',
};

const ALL = ['contacts', 'captures', 'interviews', 'referrals', 'reminders', 'activity', 'kv'] as const;

export async function commitImport(db: DB, preview: ImportPreview, now: number): Promise<ImportReport> {
  return write(db, [...ALL], async (tx, log) => {
    const put = <S extends (typeof ALL)[number]>(store: S, records: { id: string }[]) => {
      // Queue every put without awaiting each: one round trip for 30,000 rows, not 30,000.
      const pending: Promise<unknown>[] = [];
      try {
        for (const r of records) {
          pending.push(tx.objectStore(store).put(r as never));
          log.add(store, r.id);
        }
      } finally {
        // If one put throws, the transaction aborts and the queued ones reject: handled here.
        for (const q of pending) q.catch(() => undefined);
      }
      return Promise.all(pending);
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
      return { kind: preview.kind, added: 0, updated: 0, unchanged: 0, skipped: [], contactIds: [], profileFields: filled };
    }
    const existing = await tx.objectStore('contacts').getAll();
    if (preview.kind === 'json-backup' && preview.backup) {
      const p = planBackup(preview.backup, existing);
      await put('contacts', [...p.add, ...p.update]);
      await Promise.all(Object.entries(p.others).map(([store, list]) => put(store as 'captures', list)));
      for (const { key, value } of preview.backup.kv) {
        await tx.objectStore('kv').put(value, key);
        log.add('kv', key);
      }
      if (preview.backup.settings) {
        await tx.objectStore('kv').put(preview.backup.settings, SETTINGS_KEY);
        log.add('kv', SETTINGS_KEY);
      }
      return {
        kind: preview.kind, added: p.add.length, updated: p.update.length, unchanged: p.unchanged.length,
        skipped: [...preview.fileSkipped, ...p.skipped],
        contactIds: [...p.add, ...p.update].map((c) => c.id),
      };
    }
    const p = plan(preview.readRows, existing, preview.kind, now);
    const written = [...p.add.map((a) => a.contact), ...p.update.map((u) => u.contact)];
    const text = `Imported from ${LABELS[preview.kind]}`;
    const activity = [
      ...p.add.map((a) => newActivity(a.contact.id, 'imported', a.row.connectedOn ? `${text} (connected ${a.row.connectedOn})` : text, now)),
      ...p.update.map((u) => newActivity(u.contact.id, 'imported', `${text}: ${u.changes.join('; ')}`, now)),
    ];
    await put('contacts', written);
    await put('activity', activity);
    return {
      kind: preview.kind, added: p.add.length, updated: p.update.length, unchanged: p.unchanged.length,
      skipped: [...preview.fileSkipped, ...p.skipped].sort((a, b) => a.row - b.row), contactIds: written.map((c) => c.id),
    };
  });
}
