// axe-core on every page of the extension, in light and in dark (issue 8): the popup (a captured
// profile, its Message tab, a page that is not a profile), the options page, the dashboard
// (list, contact detail, referral tree, due reminders, who-do-I-know-at) and the meeting view,
// running and ended. No serious or critical violation anywhere. Synthetic people only.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEARCH_URL } from '../../scripts/lib/demo.ts';
import type { Extension } from '../../scripts/lib/launch.ts';
import { seriousInBothSchemes } from './support/axe.ts';
import { launchOnDemo } from './support/demo.ts';

declare const coffeeChat: {
  saveContactFromMenu(
    t: { linkUrl: string | null; frameId: number },
    tabId: number,
    now: number,
  ): Promise<{ ok: boolean; contact?: { id: string } }>;
  syncReminderAlarms(now?: number): Promise<number>;
};

describe('axe on every page, light and dark', () => {
  let ext: Extension;
  let site: Page;
  let id = '';
  let meetingUrl = '';
  const dashboard = (query = '') => ext.openPage(`src/dashboard/index.html${query}`, { width: 1280, height: 900 });

  beforeAll(async () => {
    ({ ext, site } = await launchOnDemo());
    const saved = await ext.worker.evaluate(
      ([tab]) => coffeeChat.saveContactFromMenu({ linkUrl: null, frameId: 0 }, tab, Date.now()),
      [await ext.tabIdOf(site)] as const,
    );
    id = saved.contact!.id;
    // A meeting with a referred name, so the tree and the reminders have something to show.
    const page = await dashboard(`?contact=${id}`);
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByText('Meeting booked').waitFor();
    const opened = ext.context.waitForEvent('page', (p) => p.url().includes('/src/meeting/'));
    await page.getByRole('status').getByRole('button', { name: 'Start meeting' }).click();
    const meeting = await opened;
    await meeting.locator('.mt-clock').waitFor();
    meetingUrl = meeting.url();
    await page.close();
    await meeting.close();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('popup: a captured profile, its Message tab, and a page that is not a profile', async () => {
    const popup = await ext.openPopupFor(site);
    await popup.getByTestId('profile-name').waitFor();
    const found = await seriousInBothSchemes(popup, 'popup captured');
    await popup.getByRole('tab', { name: 'Message' }).click();
    await popup.getByRole('textbox', { name: 'Message', exact: true }).waitFor();
    found.push(...(await seriousInBothSchemes(popup, 'popup message')));
    await popup.close();

    const search = await ext.openSite(DEMO_SEARCH_URL);
    await ext.clickToolbar(DEMO_SEARCH_URL);
    const notProfile = await ext.openPopupFor(search);
    await notProfile.getByRole('button', { name: /Save/ }).first().waitFor();
    found.push(...(await seriousInBothSchemes(notProfile, 'popup not-a-profile')));
    await notProfile.close();
    expect(found).toEqual([]);
  }, 120_000);

  it('options', async () => {
    const options = await ext.openPage('src/options/index.html', { width: 1100, height: 900 });
    await options.getByLabel('Your name').waitFor();
    expect(await seriousInBothSchemes(options, 'options')).toEqual([]);
  });

  it('meeting view, running and ended', async () => {
    const meeting = await ext.context.newPage();
    await meeting.goto(meetingUrl);
    await meeting.locator('.mt-clock').waitFor();
    const found = await seriousInBothSchemes(meeting, 'meeting running');
    await meeting.getByLabel('Name', { exact: true }).fill('Ottilie Brackenridge');
    await meeting.getByRole('button', { name: 'Add name' }).click();
    await meeting.getByTestId('referred-names').getByText('Ottilie Brackenridge').waitFor();
    await meeting.getByRole('button', { name: 'End meeting' }).click();
    await meeting.getByTestId('ended').waitFor();
    found.push(...(await seriousInBothSchemes(meeting, 'meeting ended')));
    await meeting.close();
    expect(found).toEqual([]);
  }, 120_000);

  it('dashboard: list, contact detail, referral tree, due reminders, who do I know at', async () => {
    // A reminder already due, so the reminders view lists one rather than its empty state.
    await ext.worker.evaluate(async (contactId: string) => {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const r = indexedDB.open('coffee-chat');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const tx = db.transaction('reminders', 'readwrite');
      tx.objectStore('reminders').put({
        id: 'a11y-due',
        contactId,
        kind: 'custom',
        dueAt: Date.now() - 3_600_000,
        text: 'Send the paper',
        done: false,
        snoozedUntil: null,
        interviewId: null,
      });
      await new Promise((res) => {
        tx.oncomplete = res;
      });
      db.close();
    }, id);
    const found: string[] = [];
    const list = await dashboard();
    await list
      .getByRole('button', { name: /Lena Marchetti/ })
      .first()
      .waitFor();
    found.push(...(await seriousInBothSchemes(list, 'dashboard list')));
    await list.close();

    const detail = await dashboard(`?contact=${id}`);
    await detail.getByTestId('detail-name').waitFor();
    found.push(...(await seriousInBothSchemes(detail, 'dashboard detail')));
    await detail.close();

    const tree = await dashboard('?view=tree');
    await tree.getByTestId('tree-node').first().waitFor();
    found.push(...(await seriousInBothSchemes(tree, 'dashboard tree')));
    await tree.close();

    const reminders = await dashboard('?view=reminders');
    await reminders.getByText('Send the paper').first().waitFor();
    found.push(...(await seriousInBothSchemes(reminders, 'dashboard reminders')));
    await reminders.close();

    const who = await dashboard('?view=who');
    await who.getByLabel('Company or field').fill('Brightwell');
    await who.getByText('Lena Marchetti').first().waitFor();
    found.push(...(await seriousInBothSchemes(who, 'dashboard who-do-I-know')));
    await who.close();
    expect(found).toEqual([]);
  }, 120_000);

  it('sent no request anywhere but the fixtures', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
