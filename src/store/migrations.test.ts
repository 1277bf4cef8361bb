// Upgrades: for every schema version we ever shipped, build a database with that version's
// schema and records, open it with today's code, and check that nothing was lost.
// Adding v2: append its migration, add seeds/v2.ts and a { version: 2, … } entry below.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact.ts';
import {
  parseActivity,
  parseContact,
  parseInterview,
  parseReferral,
  parseReminder,
  parseSnapshot,
} from '../domain/contact-parse.ts';
import { parseCarriedQuestion } from '../domain/learning-parse.ts';
import { listActivity } from './activity.ts';
import { listCarried, openCarried } from './carried.ts';
import { readContact } from './contact-record.ts';
import { getContact, getContactByProfileUrl } from './contacts.ts';
import { closeDb, DB_VERSION, openDb } from './db.ts';
import { listInterviews } from './interviews.ts';
import { MIGRATIONS, migrate } from './migrations/index.ts';
import { V1_RECORDS } from './migrations/seeds/v1.ts';
import { V2_RECORDS } from './migrations/seeds/v2.ts';
import { V3_RECORDS } from './migrations/seeds/v3.ts';
import { referralChain } from './referrals.ts';
import { listReminders } from './reminders.ts';
import type { CoffeeChatDB } from './schema.ts';
import { getSettings } from './settings.ts';

type Seed = { version: number; records: Record<string, readonly unknown[]> };
const SEEDS: Seed[] = [
  { version: 1, records: V1_RECORDS },
  { version: 2, records: V2_RECORDS },
  { version: 3, records: V3_RECORDS },
];

async function buildAt(name: string, seed: Seed): Promise<void> {
  const db = await openDB<CoffeeChatDB>(name, seed.version, {
    upgrade: (udb, old, _new, tx) => void migrate(udb, tx, old, seed.version),
  });
  // Raw, untyped writes: the records are in the old version's shape.
  const raw = db as unknown as { put(store: string, value: unknown, key?: string): Promise<unknown> };
  for (const [store, records] of Object.entries(seed.records)) {
    for (const r of records) {
      if (store === 'kv') await raw.put(store, (r as { value: unknown }).value, (r as { key: string }).key);
      else await raw.put(store, r);
    }
  }
  db.close();
}

describe('schema upgrades', () => {
  it('has one seed per shipped version, and migrations ending at DB_VERSION', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
    expect(SEEDS.map((s) => s.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  for (const seed of SEEDS) {
    it(`opens a v${seed.version} database with v${DB_VERSION} code and loses nothing`, async () => {
      const name = `upgrade-from-v${seed.version}`;
      await buildAt(name, seed);
      const db = await openDb(name);
      expect(db.version).toBe(DB_VERSION);
      // Every record of every store is still there and readable by today's parsers.
      // Contacts as the store reads them (a compact record gets its empty fields back first).
      const parsers = {
        contacts: (v: unknown) => parseContact(readContact(v as Contact)),
        captures: parseSnapshot,
        interviews: parseInterview,
        referrals: parseReferral,
        reminders: parseReminder,
        activity: parseActivity,
        carried: parseCarriedQuestion,
      } as const;
      for (const [store, parse] of Object.entries(parsers) as [keyof typeof parsers, (v: unknown) => unknown][]) {
        const stored = await db.getAll(store);
        expect(stored.length, store).toBe(seed.records[store]?.length ?? 0);
        for (const r of stored) expect(() => parse(r)).not.toThrow();
      }
      // And the repositories find them through the indexes.
      const ines = await getContactByProfileUrl(db, 'linkedin.com/in/ines-farrowdale');
      expect(ines?.edits.title).toBe('Senior hydrologist');
      expect(ines?.rev).toBe(4);
      expect((await getContact(db, 'c2'))?.referredBy).toBe('c1');
      expect((await listInterviews(db, 'c1')).map((i) => i.id)).toEqual(['i1']);
      expect((await listReminders(db, 'c1')).map((r) => r.id)).toEqual(['m1']);
      expect((await listActivity(db, 'c1')).map((a) => a.id)).toEqual(['a1']);
      expect(await referralChain(db, 'c2')).toEqual(['c1', 'c2']);
      // The indexes are today's, whatever the version written (v2 dropped the stage indexes).
      expect([...db.transaction('contacts').store.indexNames].sort()).toEqual([
        'email',
        'introducedBy',
        'profileUrl',
        'referredBy',
        'updatedAt',
      ]);
      if (seed.version >= 2) {
        expect((await listActivity(db, 'c3')).map((a) => a.text)).toEqual([
          'Imported from LinkedIn connections (connected 2023-05-02)',
        ]);
        const odile = await getContactByProfileUrl(db, 'linkedin.com/in/odile-brackenridge');
        expect(odile).toMatchObject({
          id: 'c3',
          tags: [],
          notes: '',
          email: null,
          captured: { url: 'https://www.linkedin.com/in/odile-brackenridge/', skills: [] },
        });
      }
      if (seed.version < 3) {
        // Before the learning loop: nothing carried, and the new fields read as "not set".
        expect(await listCarried(db)).toEqual([]);
        const ines = await getContact(db, 'c1');
        expect(ines?.caresAbout).toBeUndefined();
        expect(ines?.keepInTouchMonths).toBeUndefined();
        expect(parseInterview((await listInterviews(db, 'c1'))[0]).debrief).toBeUndefined();
      } else {
        const maren = await getContact(db, 'c4');
        expect(maren).toMatchObject({ caresAbout: 'Getting more students into field work', keepInTouchMonths: 6 });
        expect(maren?.repliedAt).toBe(1_700_350_000_000);
        const [i2] = await listInterviews(db, 'c4');
        expect(parseInterview(i2).debrief?.fit.skills).toEqual({ score: 4, note: 'GIS is used daily' });
        expect((await openCarried(db)).map((q) => q.id)).toEqual(['q1']);
        expect((await listCarried(db)).map((q) => q.status).sort()).toEqual(['asked', 'dismissed', 'open']);
        expect([...db.transaction('carried').store.indexNames].sort()).toEqual(['contactId', 'interviewId', 'status']);
      }
      const settings = await getSettings(db);
      expect(settings.user.name).toBe('Sol Quennell');
      expect(settings.reminders.thankYou.time).toBe('08:30');
      expect(settings.availability.meetingMinutes).toBe(30);
      await closeDb(name);
    });
  }

  it('runs only the steps after the stored version', async () => {
    const ran: number[] = [];
    const steps = MIGRATIONS.map((m) => ({ ...m, up: () => void ran.push(m.version) }));
    const original = [...MIGRATIONS];
    MIGRATIONS.splice(0, MIGRATIONS.length, ...steps, {
      version: DB_VERSION + 1,
      up: () => void ran.push(DB_VERSION + 1),
    });
    try {
      const fake = {} as Parameters<typeof migrate>[0];
      await migrate(fake, {} as Parameters<typeof migrate>[1], DB_VERSION, DB_VERSION + 1);
      expect(ran).toEqual([DB_VERSION + 1]);
      ran.length = 0;
      await migrate(fake, {} as Parameters<typeof migrate>[1], 0, DB_VERSION);
      expect(ran).toEqual(original.map((m) => m.version));
    } finally {
      MIGRATIONS.splice(0, MIGRATIONS.length, ...original);
    }
  });
});
