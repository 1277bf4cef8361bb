// Publications arrived after schema v2 without a version bump: records stored by
// v1 and v2 have no `publications` (nor "check this" flags in `incomplete`), and
// must read back with publications: [] and their other fields unchanged.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../domain/contact-parse.ts';
import { allContacts } from './contacts.ts';
import { closeDb, openDb } from './db.ts';
import { migrate } from './migrations/index.ts';
import { V1_RECORDS } from './migrations/seeds/v1.ts';
import { V2_RECORDS } from './migrations/seeds/v2.ts';
import type { CoffeeChatDB } from './schema.ts';

const SEEDS = [
  { version: 1, records: V1_RECORDS as Record<string, readonly unknown[]> },
  { version: 2, records: V2_RECORDS as Record<string, readonly unknown[]> },
];

describe('records stored before publications existed', () => {
  for (const seed of SEEDS) {
    it(`v${seed.version} seeds read back with publications: [] and nothing else changed`, async () => {
      const name = `publications-from-v${seed.version}`;
      // The seeds really lack the field: otherwise this test proves nothing.
      expect(JSON.stringify(seed.records.contacts)).not.toContain('publications');
      const old = await openDB<CoffeeChatDB>(name, seed.version, {
        upgrade: (udb, o, _n, tx) => void migrate(udb, tx, o, seed.version),
      });
      const raw = old as unknown as { put(store: string, value: unknown, key?: string): Promise<unknown> };
      for (const [store, records] of Object.entries(seed.records))
        for (const r of records)
          if (store === 'kv') await raw.put(store, (r as { value: unknown }).value, (r as { key: string }).key);
          else await raw.put(store, r);
      old.close();

      const db = await openDb(name);
      const contacts = await allContacts(db);
      expect(contacts.length).toBe(seed.records.contacts?.length);
      const captured = contacts.flatMap((c) => (c.captured ? [c.captured] : []));
      expect(captured.length).toBeGreaterThan(0);
      for (const p of captured) {
        expect(p.publications).toEqual([]);
        expect(p.incomplete.every((i) => !i.check)).toBe(true);
      }
      const first = contacts.find((c) => c.id === 'c1');
      expect(first?.captured).toMatchObject({ skills: ['GIS'], current: { title: 'Hydrologist' } });
      for (const s of await db.getAll('captures')) expect(parseSnapshot(s).profile.publications).toEqual([]);
      await closeDb(name);
    });
  }
});
