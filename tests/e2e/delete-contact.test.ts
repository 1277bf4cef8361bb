// Deleting one contact from the dashboard, in the built extension: the confirmation (what it
// says, Tab to reach it, Escape and Cancel keep everything, focus on Cancel and back), then the
// delete itself: the row, the counts and the store lose the person and what was theirs, the
// person they referred stays, unlinked, the next contact opens with focus on the list, and a
// popup on the deleted person's profile shows them as not saved. In dist/chrome-faults, a delete
// whose write fails says so in the dialog and changes nothing. Made-up people only.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_URL, demoPages } from '../../scripts/lib/demo.ts';
import { type Extension, launchExtension } from '../../scripts/lib/launch.ts';
import { FAULTS_GLOBAL, type FaultHook } from '../../src/store/test-faults.ts';
import { launchOnDemo } from './support/demo.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { dbAll, nameOf, type Row } from './support/store.ts';

// Run in the extension's service worker.
declare const coffeeChat: {
  saveContactFromMenu(
    t: { linkUrl: string | null; frameId: number },
    tabId: number,
    now: number,
  ): Promise<{ ok: boolean; contact?: { id: string } }>;
};

const STORES = ['contacts', 'captures', 'interviews', 'referrals', 'reminders', 'activity', 'carried'];
// The demo profile (made up): saved, met through the dashboard and the meeting view, where they
// referred someone (made up too).
const GONE = 'Lena Marchetti';
const REFERRED = 'Wilhelmina Oakhurst';

async function snapshot(ext: Extension) {
  return Object.fromEntries(await Promise.all(STORES.map(async (s) => [s, await dbAll(ext.worker, s)] as const)));
}

async function saveDemoProfile(ext: Extension, site: Page): Promise<string> {
  const tabId = await ext.tabIdOf(site);
  const saved = await ext.worker.evaluate(
    ([id]) => coffeeChat.saveContactFromMenu({ linkUrl: null, frameId: 0 }, id, Date.now()),
    [tabId] as const,
  );
  expect(saved.ok).toBe(true);
  return saved.contact!.id;
}

const counted = (n: number) => `${n} ${n === 1 ? 'contact' : 'contacts'}`;
const rowNames = (page: Page) => page.locator('.cc-list .cc-row-name').allTextContents();
const dialogOf = (page: Page) => page.getByRole('dialog', { name: /^Delete / });

describe('deleting a contact from the dashboard', () => {
  let ext: Extension;
  let site: Page;
  let gone: Row;
  let referred: Row;
  let reminders = 0;
  const dashboard = (id: string) =>
    ext.openPage(`src/dashboard/index.html?contact=${id}`, { width: 1280, height: 900 });

  beforeAll(async () => {
    ({ ext, site } = await launchOnDemo());
    const id = await saveDemoProfile(ext, site);
    // A meeting booked and held, in which they suggested someone: a reminder or two follow.
    const page = await dashboard(id);
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByText('Meeting booked').waitFor();
    const opened = ext.context.waitForEvent('page', (p) => p.url().includes('/src/meeting/'));
    await page.getByRole('status').getByRole('button', { name: 'Start meeting' }).click();
    const meeting = await opened;
    await meeting.locator('.mt-clock').waitFor();
    await meeting.getByLabel('Name', { exact: true }).fill(REFERRED);
    await meeting.getByRole('button', { name: 'Add name' }).click();
    await meeting.getByTestId('referred-names').getByText(REFERRED).waitFor();
    await meeting.getByRole('button', { name: 'End meeting' }).click();
    await meeting.getByTestId('ended').waitFor();
    await meeting.close();
    await page.close();

    const contacts = await dbAll(ext.worker, 'contacts');
    gone = contacts.find((c) => c.id === id)!;
    referred = contacts.find((c) => nameOf(c) === REFERRED)!;
    // What the test relies on.
    expect(referred['referredBy']).toBe(gone.id);
    expect((await dbAll(ext.worker, 'interviews')).filter((i) => i['contactId'] === gone.id)).toHaveLength(1);
    reminders = (await dbAll(ext.worker, 'reminders')).filter((r) => r['contactId'] === gone.id).length;
    expect(reminders).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('is reached by Tab; Escape and Cancel close the confirmation, delete nothing and give focus back', async () => {
    const before = await snapshot(ext);
    const page = await dashboard(gone.id);
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe(GONE);
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Delete contact…', { max: 200 });
    await page.keyboard.press('Enter');
    const dialog = dialogOf(page);
    await dialog.waitFor();
    // It says what goes and what stays, and opens on the choice that loses nothing.
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain(`Delete ${GONE}?`);
    expect(text).toContain('1 meeting, with their notes');
    expect(text).toContain(`${reminders} ${reminders === 1 ? 'reminder' : 'reminders'}`);
    expect(text).toContain('questions you were carrying to your next meeting with them');
    expect(text).toContain(`${REFERRED}, whom they referred you to, stays in your contacts, no longer linked to them.`);
    expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Cancel', ring: true });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page: page as never }).include('dialog').analyze();
      const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${scheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Delete contact…' });

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Delete contact…' });

    expect(await page.getByTestId('detail-name').textContent()).toBe(GONE);
    expect(await snapshot(ext)).toEqual(before);
    await page.close();
  });

  it('deletes the person and what was theirs; the one they referred stays, unlinked; the next contact opens', async () => {
    // A popup open on their profile meanwhile: it follows the store, and shows them as not saved.
    const popup = await ext.openPopupFor(site);
    await popup.getByTestId('saved-status').waitFor();
    const page = await dashboard(gone.id);
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe(GONE);
    await expect.poll(() => page.getByTestId('list-count').textContent()).toMatch(/^\d+ contacts$/);
    const count = Number.parseInt((await page.getByTestId('list-count').textContent())!, 10);
    const names = await rowNames(page);
    const at = names.indexOf(GONE);
    const next = names[at + 1] ?? names[at - 1]!;
    expect(next).toBeDefined();

    await page.getByRole('button', { name: 'Delete contact…' }).click();
    await dialogOf(page).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'deleted.' }).textContent())
      .toBe(`${GONE} deleted.`);
    // The row and its count are gone; the next contact is open, and focus is on its row.
    await expect.poll(() => rowNames(page)).not.toContain(GONE);
    await expect.poll(() => page.getByTestId('list-count').textContent()).toBe(counted(count - 1));
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe(next);
    await expect.poll(async () => (await focused(page))?.name).toMatch(new RegExp(`^${next}`));
    expect(await page.locator('.cc-row[aria-current="true"] .cc-row-name').textContent()).toBe(next);
    expect(new URL(page.url()).searchParams.get('contact')).not.toBe(gone.id);
    await page.screenshot({ path: '/tmp/delete-contact-after.png' });

    // The store: nothing of theirs is left, nothing points at them; the referred person stays.
    const contacts = await dbAll(ext.worker, 'contacts');
    expect(contacts.find((c) => c.id === gone.id)).toBeUndefined();
    for (const store of ['captures', 'interviews', 'reminders', 'activity', 'carried'])
      expect((await dbAll(ext.worker, store)).filter((r) => r['contactId'] === gone.id)).toEqual([]);
    const referrals = await dbAll(ext.worker, 'referrals');
    expect(referrals.filter((r) => r['fromContactId'] === gone.id || r['toContactId'] === gone.id)).toEqual([]);
    const kept = contacts.find((c) => c.id === referred.id);
    expect(nameOf(kept!)).toBe(REFERRED);
    expect(kept!['referredBy']).toBeNull();
    await page.close();

    // A dashboard opened afresh does not know them: not in the list, not found by search.
    const fresh = await ext.openPage('src/dashboard/index.html', { width: 1280, height: 900 });
    await expect.poll(() => fresh.getByTestId('list-count').textContent()).toBe(counted(count - 1));
    await fresh.getByLabel('Search contacts').fill('Marchetti');
    await expect.poll(() => fresh.getByTestId('list-count').textContent()).toBe('0 contacts');
    await fresh.getByLabel('Search contacts').fill('Oakhurst');
    await expect.poll(() => rowNames(fresh)).toEqual([REFERRED]);
    await fresh.close();

    await popup.getByTestId('saved-status').waitFor({ state: 'detached' });
    expect(await popup.getByRole('button', { name: 'Save contact' }).isVisible()).toBe(true);
    await popup.close();
  });
});

describe('deleting a contact whose write fails (dist/chrome-faults)', () => {
  let ext: Extension;
  let id = '';

  beforeAll(async () => {
    ext = await launchExtension({ dist: 'dist/chrome-faults', pages: demoPages() });
    const site = await ext.openSite(DEMO_URL);
    await ext.clickToolbar(DEMO_URL);
    id = await saveDemoProfile(ext, site);
    await site.close();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('says so in the dialog and changes nothing; tried again, it deletes, and the empty list takes over', async () => {
    const page = await ext.openPage(`src/dashboard/index.html?contact=${id}`, { width: 1280, height: 900 });
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe(GONE);
    const before = await snapshot(ext);
    // The contact's own record is the delete's last piece: were the rest a write of its own, it would stay gone.
    await page.evaluate(
      ([name]) => (globalThis as unknown as Record<string, FaultHook>)[name]!.arm({ kind: 'error', store: 'contacts' }),
      [FAULTS_GLOBAL] as const,
    );
    await page.getByRole('button', { name: 'Delete contact…' }).click();
    const dialog = dialogOf(page);
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toMatch(/^Not saved; nothing was changed\. Test fault: internal error .*Try again/);
    expect(await dialog.isVisible()).toBe(true);
    expect(await snapshot(ext)).toEqual(before);
    expect(await page.getByTestId('detail-name').textContent()).toBe(GONE);
    expect(await rowNames(page)).toEqual([GONE]);
    expect(await page.getByText('deleted.').count()).toBe(0);
    await dialog.screenshot({ path: '/tmp/delete-contact-failed.png' });

    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText(`${GONE} deleted.`).waitFor();
    await page.getByText('No contacts yet.').waitFor();
    expect(await page.getByTestId('list-count').textContent()).toBe('0 contacts');
    await expect.poll(async () => (await focused(page))?.id).toBe('cc-search');
    expect(await dbAll(ext.worker, 'contacts')).toEqual([]);
    await page.close();
  });
});
