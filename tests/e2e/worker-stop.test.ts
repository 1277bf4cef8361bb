// The service worker stopped in the middle of a save (issue 8): Chrome may stop an extension's
// worker at any moment. A right-click save writes the contact, its capture snapshot and its
// activity entry; afterwards either all of it is stored or none of it, and the next save works.
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extension } from '../../scripts/lib/launch.ts';
import { launchOnDemo } from './support/demo.ts';
import { dbAll } from './support/store.ts';

declare const coffeeChat: {
  saveContactFromMenu(
    t: { linkUrl: string | null; frameId: number },
    tabId: number,
    now: number,
  ): Promise<{ ok: boolean; contact?: { id: string } }>;
};

const T0 = Date.UTC(2026, 0, 5, 9);

describe('the service worker stopped during a save', () => {
  let ext: Extension;
  let tabId = 0;
  beforeAll(async () => {
    const demo = await launchOnDemo(); // the activeTab grant belongs to the tab, and outlives the worker
    ext = demo.ext;
    const site = demo.site;
    tabId = await ext.tabIdOf(site);
  });
  afterAll(async () => {
    await ext?.close();
  });

  const swTargets = async () => {
    const cdp = await ext.context.browser()!.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    await cdp.detach();
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.id}/`))
      .length;
  };

  /** Stops the extension's worker as DevTools' "Stop" does (CDP ServiceWorker.stopAllWorkers). */
  async function stopWorker(): Promise<void> {
    const page = await ext.openPage('src/options/index.html');
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(swTargets, { timeout: 30_000 }).toBe(0);
    await cdp.detach();
    await page.close();
  }

  /**
   * Starts it again through an event it listens for (an alarm). Playwright keeps the same Worker
   * handle for the restarted worker (same target); a marker set before the stop proves it is a new one.
   */
  async function wakeWorker(): Promise<Worker> {
    const page = await ext.openPage('src/options/index.html');
    await page.evaluate(() =>
      (globalThis as unknown as { chrome: { alarms: { create(n: string, a: object): void } } }).chrome.alarms.create(
        'wake-for-test',
        { when: Date.now() + 50 },
      ),
    );
    await expect.poll(swTargets, { timeout: 20_000 }).toBe(1);
    await page.close();
    const worker = ext.worker;
    await expect
      .poll(() => worker.evaluate(() => (globalThis as { beforeStop?: boolean }).beforeStop ?? false), {
        timeout: 20_000,
      })
      .toBe(false);
    return worker;
  }

  /** Every contact has as many capture snapshots as "captured" activity entries, at the same times, and its last save is among them. */
  async function consistent(worker: Worker): Promise<{ contacts: number; snapshots: number }> {
    const [contacts, captures, activity] = await Promise.all(
      ['contacts', 'captures', 'activity'].map((s) => dbAll(worker, s)),
    );
    for (const c of contacts!) {
      const snaps = captures!
        .filter((s) => s['contactId'] === c.id)
        .map((s) => s['at'])
        .sort();
      const acts = activity!
        .filter((a) => a['contactId'] === c.id && a['kind'] === 'captured')
        .map((a) => a['at'])
        .sort();
      expect(snaps.length, `contact ${c.id} has a snapshot`).toBeGreaterThan(0);
      expect(acts, `contact ${c.id}: one activity per snapshot`).toEqual(snaps);
      expect(snaps.at(-1), `contact ${c.id}: updated by its last capture`).toBe(c['updatedAt']);
      expect(c['rev'], `contact ${c.id}: one revision per capture`).toBe(snaps.length);
    }
    for (const s of captures!)
      expect(
        contacts!.some((c) => c.id === s['contactId']),
        `snapshot ${s.id} has its contact`,
      ).toBe(true);
    return { contacts: contacts!.length, snapshots: captures!.length };
  }

  it('stopped after the contact was written but before the transaction committed: none of the save is stored', async () => {
    // Hold the save's transaction open right after it issues its snapshot write (the contact's
    // write issued too, nothing committed): a chain of reads keeps it from committing. Then stop
    // the worker from outside.
    await ext.worker.evaluate(
      ([tab, now]) => {
        (globalThis as { beforeStop?: boolean }).beforeStop = true;
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
          const req = put.apply(this, args);
          if (this.name === 'captures') {
            (globalThis as { savePaused?: boolean }).savePaused = true;
            const keepOpen = () => {
              this.get('no-such-id').onsuccess = keepOpen;
            };
            keepOpen();
          }
          return req;
        };
        setTimeout(() => void coffeeChat.saveContactFromMenu({ linkUrl: null, frameId: 0 }, tab, now), 0);
      },
      [tabId, T0] as const,
    );
    await expect
      .poll(() => ext.worker.evaluate(() => (globalThis as { savePaused?: boolean }).savePaused ?? false), {
        timeout: 20_000,
      })
      .toBe(true);
    await stopWorker();
    const worker = await wakeWorker();
    expect(await consistent(worker)).toEqual({ contacts: 0, snapshots: 0 });

    // The next save works, from the fresh worker.
    const saved = await worker.evaluate(
      ([tab, now]) => coffeeChat.saveContactFromMenu({ linkUrl: null, frameId: 0 }, tab, now),
      [tabId, T0 + 1000] as const,
    );
    expect(saved.ok).toBe(true);
    expect(await consistent(worker)).toEqual({ contacts: 1, snapshots: 1 });
  });

  it('stopped at any moment of a save of a known contact: all or nothing, every time', async () => {
    let worker = ext.context.serviceWorkers()[0]!;
    let landed = 0;
    const delays = [0, 5, 15, 30, 60, 120, 250];
    for (const [i, delay] of delays.entries()) {
      await worker.evaluate(
        ([tab, now]) => {
          (globalThis as { beforeStop?: boolean }).beforeStop = true;
          setTimeout(() => void coffeeChat.saveContactFromMenu({ linkUrl: null, frameId: 0 }, tab, now), 0);
        },
        [tabId, T0 + 10_000 * (i + 1)] as const,
      );
      await new Promise((r) => setTimeout(r, delay));
      await stopWorker();
      worker = await wakeWorker();
      const { snapshots } = await consistent(worker);
      landed = snapshots - 1;
    }
    // Then a save runs to the end and lands whole.
    const saved = await worker.evaluate(
      ([tab, now]) => coffeeChat.saveContactFromMenu({ linkUrl: null, frameId: 0 }, tab, now),
      [tabId, T0 + 999_000] as const,
    );
    expect(saved.ok).toBe(true);
    expect((await consistent(worker)).snapshots).toBe(landed + 2);
  }, 120_000);

  it('sent no request anywhere but the fixtures', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
