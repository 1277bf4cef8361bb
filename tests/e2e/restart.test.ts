// Restarts and updates (issue 8): what is stored, and the reminders' alarms, survive closing
// and relaunching the browser on the same profile, and an update from a build whose database
// was written by the previous schema version. Synthetic people only.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_URL, demoPages } from '../../scripts/lib/demo.ts';
import { type Extension, launchExtension } from '../../scripts/lib/launch.ts';
import {
  parseActivity,
  parseContact,
  parseInterview,
  parseReferral,
  parseReminder,
  parseSnapshot,
} from '../../src/domain/contact-parse.ts';
import { V1_RECORDS } from '../../src/store/migrations/seeds/v1.ts';
import { DB_VERSION } from '../../src/store/schema.ts';
import { dbAll, dbIndexNames, dbVersion, nameOf } from './support/store.ts';

declare const chrome: {
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]>; clearAll(): Promise<boolean> };
};
declare const coffeeChat: {
  saveContactFromMenu(
    t: { linkUrl: string | null; frameId: number },
    tabId: number,
    now: number,
  ): Promise<{ ok: boolean; contact?: { id: string } }>;
};

const temp: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temp.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

describe('closing and relaunching the browser on the same profile', () => {
  const profileDir = tempDir('coffee-chat-restart-');
  let ext: Extension | null = null;
  afterAll(async () => {
    await ext?.close();
  });

  it('keeps the contact, its interview and reminders, and sets the reminder alarms again on startup', async () => {
    ext = await launchExtension({ pages: demoPages(), userDataDir: profileDir });
    const site = await ext.openSite(DEMO_URL);
    await ext.clickToolbar(DEMO_URL);
    const tabId = await ext.tabIdOf(site);
    const saved = await ext.worker.evaluate(
      ([id]) => coffeeChat.saveContactFromMenu({ linkUrl: null, frameId: 0 }, id, Date.now()),
      [tabId] as const,
    );
    expect(saved.ok).toBe(true);
    const contactId = saved.contact!.id;

    // Book, hold and end a meeting through the pages: this is what sets the thank-you reminder.
    const page = await ext.openPage(`src/dashboard/index.html?contact=${contactId}`, { width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByText('Meeting booked').waitFor();
    const opened = ext.context.waitForEvent('page', (p) => p.url().includes('/src/meeting/'));
    await page.getByRole('status').getByRole('button', { name: 'Start meeting' }).click();
    const meeting = await opened;
    await meeting.getByRole('textbox', { name: 'Notes' }).fill('Restart test: notes typed before the browser closed.');
    await meeting.getByRole('button', { name: 'End meeting' }).click();
    await meeting.getByTestId('ended').waitFor();
    await expect
      .poll(async () => (await dbAll(ext!.worker, 'reminders')).some((r) => r['kind'] === 'thank-you'))
      .toBe(true);

    const before = {
      contacts: await dbAll(ext.worker, 'contacts'),
      interviews: await dbAll(ext.worker, 'interviews'),
      reminders: await dbAll(ext.worker, 'reminders'),
      captures: await dbAll(ext.worker, 'captures'),
      activity: await dbAll(ext.worker, 'activity'),
    };
    const thanks = before.reminders.find((r) => r['kind'] === 'thank-you' && r['contactId'] === contactId);
    expect(thanks).toBeDefined();
    expect(before.interviews[0]?.['notes']).toContain('Restart test');
    // Forget every alarm, so finding them after the relaunch proves they were rebuilt from the store.
    await ext.worker.evaluate(() => chrome.alarms.clearAll());
    await ext.close();
    ext = null;

    ext = await launchExtension({ pages: demoPages(), userDataDir: profileDir });
    const worker = ext.worker;
    for (const [store, rows] of Object.entries(before)) {
      expect(await dbAll(worker, store), store).toEqual(rows);
    }
    await expect
      .poll(
        async () =>
          (await worker.evaluate(() => chrome.alarms.getAll())).find((a) => a.name === `reminder:${thanks!.id}`)
            ?.scheduledTime,
        { timeout: 15_000 },
      )
      .toBe(thanks!['dueAt']);

    const again = await ext.openPage(`src/dashboard/index.html?contact=${contactId}`, { width: 1280, height: 900 });
    await expect.poll(() => again.getByTestId('detail-name').textContent()).toBe('Lena Marchetti');
    expect(await again.locator('#cc-stage').inputValue()).toBe('met');
    expect(ext.strayRequests).toEqual([]);
  });
});

// The shipped v1 schema, frozen here as data (like seeds/v1.ts): what the previous build created.
// A copy on purpose: it must not follow later edits of migrations/v1.ts.
const V1_SCHEMA: [store: string, keyPath: string | null, indexes: [string, string | string[], boolean?][]][] = [
  [
    'contacts',
    'id',
    [
      ['profileUrl', 'profileUrl', true],
      ['email', 'email'],
      ['stage', 'stage'],
      ['updatedAt', 'updatedAt'],
      ['stageUpdatedAt', ['stage', 'updatedAt']],
      ['referredBy', 'referredBy'],
      ['introducedBy', 'introducedBy'],
    ],
  ],
  [
    'captures',
    'id',
    [
      ['contactId', 'contactId'],
      ['contactAt', ['contactId', 'at']],
    ],
  ],
  [
    'interviews',
    'id',
    [
      ['contactId', 'contactId'],
      ['scheduledAt', 'scheduledAt'],
    ],
  ],
  [
    'referrals',
    'id',
    [
      ['fromContactId', 'fromContactId'],
      ['toContactId', 'toContactId'],
      ['interviewId', 'interviewId'],
    ],
  ],
  [
    'reminders',
    'id',
    [
      ['contactId', 'contactId'],
      ['dueAt', 'dueAt'],
      ['interviewId', 'interviewId'],
    ],
  ],
  [
    'activity',
    'id',
    [
      ['contactId', 'contactId'],
      ['contactAt', ['contactId', 'at']],
    ],
  ],
  ['kv', null, []],
];

describe('updating the extension over a database written by the previous schema version', () => {
  const profileDir = tempDir('coffee-chat-update-');
  const extDir = join(tempDir('coffee-chat-ext-'), 'coffee-chat');
  let ext: Extension | null = null;
  afterAll(async () => {
    await ext?.close();
  });

  it(`installs v1 data with an older build, updates to today's build (schema v${DB_VERSION}) and keeps every record`, async () => {
    // The previous release: the same files at an older version number, from the same folder
    // (an unpacked extension's id comes from its path, so the update keeps its origin and data).
    cpSync('dist/chrome', extDir, { recursive: true });
    const manifestPath = join(extDir, 'manifest.json');
    const current = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...current, version: '0.0.1' }));
    ext = await launchExtension({ dist: extDir, userDataDir: profileDir });
    const oldId = ext.id;
    await ext.worker.evaluate(
      async ([schema, records]) => {
        const req = <T>(r: IDBRequest<T>) =>
          new Promise<T>((res, rej) => {
            r.onsuccess = () => res(r.result);
            r.onerror = () => rej(r.error);
          });
        // Whatever the startup opened is replaced by a database exactly as v1 wrote it. The
        // build's own code (today's) closes its connection when the database is deleted and may
        // reopen it at today's version before this open: then delete again and retry.
        const openV1 = async (): Promise<IDBDatabase> => {
          await req(indexedDB.deleteDatabase('coffee-chat'));
          const open = indexedDB.open('coffee-chat', 1);
          open.onupgradeneeded = () => {
            for (const [name, keyPath, indexes] of schema) {
              const store = open.result.createObjectStore(name, keyPath ? { keyPath } : {});
              for (const [index, path, unique] of indexes) store.createIndex(index, path, { unique: unique ?? false });
            }
          };
          return req(open);
        };
        let db: IDBDatabase | null = null;
        for (let attempt = 0; !db; attempt++) {
          try {
            db = await openV1();
          } catch (e) {
            if ((e as DOMException).name !== 'VersionError' || attempt >= 20) throw e;
          }
        }
        const tx = db.transaction(Object.keys(records), 'readwrite');
        for (const [store, rows] of Object.entries(records)) {
          for (const r of rows as unknown as Record<string, unknown>[]) {
            if (store === 'kv') tx.objectStore(store).put(r['value'], r['key'] as string);
            else tx.objectStore(store).put(r);
          }
        }
        await new Promise((res, rej) => {
          tx.oncomplete = res;
          tx.onerror = () => rej(tx.error);
        });
        db.close();
      },
      [V1_SCHEMA, V1_RECORDS] as const,
    );
    await ext.close();
    ext = null;

    // The update: today's build replaces the files in place.
    rmSync(extDir, { recursive: true, force: true });
    cpSync('dist/chrome', extDir, { recursive: true });
    ext = await launchExtension({ dist: extDir, userDataDir: profileDir });
    expect(ext.id).toBe(oldId);
    expect(
      await ext.worker.evaluate(
        () =>
          (
            globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }
          ).chrome.runtime.getManifest().version,
      ),
    ).toBe(current.version);

    // A page of the new build opens the database (running any migration) and shows the old data.
    const dash = await ext.openPage('src/dashboard/index.html?contact=c1', { width: 1280, height: 900 });
    await expect.poll(() => dash.getByTestId('detail-name').textContent()).toBe('Inès Farrowdale');
    expect(await dash.locator('#pf-title').inputValue()).toBe('Senior hydrologist');
    expect(await dbVersion(dash)).toBe(DB_VERSION);
    // v2 dropped the contacts' stage indexes; the rest are v1's.
    expect(await dbIndexNames(dash, 'contacts')).toEqual([
      'email',
      'introducedBy',
      'profileUrl',
      'referredBy',
      'updatedAt',
    ]);

    // Every record of every store, as today's parsers read it, equal to what v1 wrote.
    const parsers = {
      contacts: parseContact,
      captures: parseSnapshot,
      interviews: parseInterview,
      referrals: parseReferral,
      reminders: parseReminder,
      activity: parseActivity,
    } as const;
    for (const [store, parse] of Object.entries(parsers) as [keyof typeof parsers, (v: unknown) => unknown][]) {
      const stored = await dbAll(dash, store);
      const seeded = V1_RECORDS[store] as readonly { id: string }[];
      expect(stored.map((r) => r.id).sort(), store).toEqual(seeded.map((r) => r.id).sort());
      for (const r of stored) {
        expect(() => parse(r), `${store} ${r.id}`).not.toThrow();
        expect(r, `${store} ${r.id}`).toEqual(seeded.find((s) => s.id === r.id));
      }
    }
    expect((await dbAll(dash, 'contacts')).map(nameOf).sort()).toEqual(['Inès Farrowdale', 'Pell Ashgrove']);

    // Settings written by v1 are what the options page shows.
    const options = await ext.openPage('src/options/index.html', { width: 1100, height: 900 });
    await expect.poll(() => options.getByLabel('Your name').inputValue()).toBe('Sol Quennell');
    expect(ext.strayRequests).toEqual([]);
  });
});
