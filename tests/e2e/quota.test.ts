// A full disk (issue 8): Chromium's own quota refuses the writes (CDP Storage.overrideQuotaForOrigin,
// no mocked IndexedDB). The popup's Save and the options page's Import contacts then say clearly
// that nothing was saved, everything stored before is intact, and the same action works once
// there is room again.
//
// The shipped manifest asks for `unlimitedStorage`, which exempts the extension from any
// per-origin quota (then only a really full disk refuses writes, with the same
// QuotaExceededError). So this test loads a copy of the build without that one permission:
// the code under test is byte for byte the shipped code.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_URL, demoPages } from '../../scripts/lib/demo.ts';
import { type Extension, launchExtension } from '../../scripts/lib/launch.ts';
import { dbAll } from './support/store.ts';

declare const coffeeChat: {
  saveContactFromMenu(
    t: { linkUrl: string | null; frameId: number },
    tabId: number,
    now: number,
  ): Promise<{ ok: boolean }>;
};

const STORES = ['contacts', 'captures', 'interviews', 'referrals', 'reminders', 'activity'];
const FULL = /no room left for Coffee Chat's data, so this change was not saved\. Everything saved before is intact/;

describe('a full disk during save and import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coffee-chat-quota-'));
  let ext: Extension;
  let site: Page;
  let cdp: CDPSession;

  const snapshot = async () =>
    Object.fromEntries(await Promise.all(STORES.map(async (s) => [s, await dbAll(ext.worker, s)] as const)));
  /** Quota at `bytes` for the extension's origin; undefined lifts the override. */
  const setQuota = (bytes: number | undefined) =>
    cdp.send(
      'Storage.overrideQuotaForOrigin' as never,
      { origin: `chrome-extension://${ext.id}`, ...(bytes === undefined ? {} : { quotaSize: bytes }) } as never,
    );
  let before: Record<string, unknown[]> = {};
  let popup: Page;
  let options: Page;

  beforeAll(async () => {
    const extDir = join(dir, 'ext');
    cpSync('dist/chrome', extDir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as { permissions: string[] };
    manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
    writeFileSync(join(extDir, 'manifest.json'), JSON.stringify(manifest));
    ext = await launchExtension({ dist: extDir, pages: demoPages() });
    site = await ext.openSite(DEMO_URL);
    await ext.clickToolbar(DEMO_URL);
    // Something stored before the disk fills: the demo person, saved from the menu.
    const saved = await ext.worker.evaluate(
      ([tab]) => coffeeChat.saveContactFromMenu({ linkUrl: null, frameId: 0 }, tab, Date.now()),
      [await ext.tabIdOf(site)] as const,
    );
    expect(saved.ok).toBe(true);
    before = await snapshot();
    expect(before['contacts']).toHaveLength(1);
    const holder = await ext.openPage('src/options/index.html');
    cdp = await ext.context.newCDPSession(holder);
    // The disk is full. IndexedDB keeps approving writes from the free space it last heard of
    // for up to 30 s (Chromium's kBucketSpaceCacheTimeLimit), so wait that out once.
    await setQuota(1);
    await new Promise((r) => setTimeout(r, 31_000));
  }, 90_000);
  afterAll(async () => {
    await ext?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('popup Save: a clear message, and nothing already stored is lost', async () => {
    popup = await ext.openPopupFor(site);
    await popup.getByTestId('profile-name').waitFor();
    await popup.getByRole('button', { name: 'Capture again' }).click();
    await expect
      .poll(() => popup.getByRole('alert').allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringMatching(FULL));
    expect(await snapshot()).toEqual(before);
  });

  it('options Import contacts: a clear message, and nothing is written', async () => {
    options = await ext.openPage('src/options/index.html', { width: 1100, height: 900 });
    await options.getByLabel('Import contacts').setInputFiles('tests/fixtures/imports/Connections.csv');
    await options.getByRole('button', { name: /^Import \d+ (people|person)/ }).click();
    await expect.poll(() => options.getByTestId('import-error').textContent(), { timeout: 15_000 }).toMatch(FULL);
    expect(await options.getByTestId('import-error').textContent()).toContain('Nothing was imported');
    expect(await snapshot()).toEqual(before);
  });

  it('once there is room again, the same Save and Import work, and the earlier records are intact', async () => {
    await setQuota(undefined);
    await popup.getByRole('button', { name: 'Capture again' }).click();
    await expect.poll(async () => (await dbAll(ext.worker, 'captures')).length).toBe(before['captures']!.length + 1);
    await options.getByLabel('Import contacts').setInputFiles('tests/fixtures/imports/Connections.csv');
    await options.getByRole('button', { name: /^Import \d+ (people|person)/ }).click();
    await expect
      .poll(async () => (await dbAll(ext.worker, 'contacts')).length, { timeout: 15_000 })
      .toBeGreaterThan(before['contacts']!.length);
    const after = await snapshot();
    for (const store of STORES) {
      for (const r of before[store] as { id: string }[])
        expect(
          after[store]!.some((a) => a.id === r.id),
          `${store} ${r.id}`,
        ).toBe(true);
    }
  });

  it('sent no request anywhere but the fixtures', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
