// The main journey across the surfaces (issue 6): set up About you and availability, open a
// profile and click the toolbar button, plan questions, draft the email with concrete times,
// copy it and save at "reached out", right-click save someone from a search page, import
// Connections.csv, find the imported people in the popup's introducer picker, and find one by
// company in the dashboard.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEARCH_URL, DEMO_URL, demoPages } from '../../scripts/lib/demo.ts';
import { type Extension, launchExtension } from '../../scripts/lib/launch.ts';

declare const coffeeChat: {
  saveContactFromMenu(
    t: { linkUrl: string | null; frameId: number },
    tabId: number,
    now: number,
  ): Promise<{ ok: boolean; contact?: { stage: string } }>;
};

async function axeClean(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

describe('from settings to a first message', () => {
  let ext: Extension;
  let profile: Page;
  beforeAll(async () => {
    ext = await launchExtension({ pages: demoPages() });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('fills About you and availability in the options page', async () => {
    const options = await ext.openPage('src/options/index.html', { width: 1100, height: 900 });
    await options.getByLabel('Your name').fill('Noor Valdéz');
    await options.getByLabel('Your pitch').fill('I study hydrology and want to learn how research teams run studies.');
    await options.getByLabel('Time zone').selectOption('Europe/Lisbon');
    await expect.poll(() => options.locator('#save-status').getAttribute('data-state')).toBe('saved');
    expect(await axeClean(options)).toEqual([]);
    await options.close();
  });

  it('drafts and copies the email from the popup, and saves the person as reached out', async () => {
    profile = await ext.openSite(DEMO_URL);
    await ext.clickToolbar(DEMO_URL);
    const popup = await ext.openPopupFor(profile);
    await expect.poll(() => popup.getByTestId('profile-name').textContent()).toBe('Lena Marchetti');
    await popup.getByRole('checkbox', { name: /Who else would you suggest I talk to/ }).check();
    await popup.getByRole('tab', { name: 'Message' }).click();
    const body = popup.getByRole('textbox', { name: 'Message', exact: true });
    await expect.poll(() => body.inputValue()).toContain('Noor Valdéz');
    const firstSlot = async () => (await popup.locator('.slot').first().textContent())!.trim();
    // Written by the shared formatter in the browser's locale: "Mon 7 Dec, 10:00–10:20" or "Mon, Dec 7, 10:00 – 10:20 AM".
    expect(await firstSlot()).toMatch(/^\w{3},? (\d{1,2} \w{3}|\w{3} \d{1,2}), \d{1,2}:\d\d\s?–\s?\d{1,2}:\d\d/);
    await expect.poll(async () => (await body.inputValue()).includes(await firstSlot())).toBe(true);
    expect(await axeClean(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Copy' }).click();
    await popup.getByRole('button', { name: 'Save as reached out' }).click();
    await expect.poll(() => popup.getByTestId('saved-status').textContent()).toContain('Reached out');
    await popup.close();
  });

  it('saves a second person from a link on a search page, through the menu handler', async () => {
    const search = await ext.openSite(DEMO_SEARCH_URL);
    await ext.clickToolbar(DEMO_SEARCH_URL);
    const tabId = await ext.tabIdOf(search);
    const link = 'https://www.linkedin.com/in/ravi-anand-demo/';
    const result = await ext.worker.evaluate(
      ([url, id]) => coffeeChat.saveContactFromMenu({ linkUrl: url, frameId: 0 }, id, Date.now()),
      [link, tabId] as const,
    );
    expect(result.ok).toBe(true);
    expect(result.contact?.stage).toBe('to-research');
    await search.close();
  });

  it('imports Connections.csv and offers the imported people as introducers', async () => {
    const options = await ext.openPage('src/options/index.html', { width: 1100, height: 900 });
    await options.getByLabel('Import contacts').setInputFiles('tests/fixtures/imports/Connections.csv');
    await options.getByRole('button', { name: /^Import \d+ (people|person)/ }).click();
    await options
      .getByText(/Imported|added/i)
      .first()
      .waitFor();
    await options.close();

    const popup = await ext.openPopupFor(profile);
    await popup.getByTestId('profile-name').waitFor();
    await popup.getByRole('tab', { name: 'Message' }).click();
    const picker = popup.getByLabel('Who suggested you write (optional)');
    await expect
      .poll(async () => (await picker.locator('option').allTextContents()).join('|'))
      .toContain('Zoë Brindlewick');
    const options2 = await picker.locator('option').allTextContents();
    expect(options2.some((o) => o.startsWith('Ravi Anand'))).toBe(true);
    expect(options2.some((o) => o.startsWith('Lena Marchetti'))).toBe(false);
    await picker.selectOption({ label: options2.find((o) => o.startsWith('Zoë Brindlewick'))! });
    await expect
      .poll(() => popup.getByRole('textbox', { name: 'Message', exact: true }).inputValue())
      .toContain('Zoë Brindlewick');
    await popup.close();
  });

  it('finds an imported person by company in the dashboard, with an intro-request draft', async () => {
    const dashboard = await ext.openPage('src/dashboard/index.html?view=who', { width: 1280, height: 900 });
    await dashboard.getByLabel('Company or field').fill('quillfeather');
    const row = dashboard.locator('li', { hasText: 'Zoë Brindlewick' });
    await row.waitFor();
    await row.getByRole('button', { name: 'Draft intro request' }).click();
    const draft = dashboard.getByRole('region', { name: 'Intro request draft' }).first();
    await expect.poll(async () => (await draft.textContent()) ?? '').toContain('Quillfeather');
    expect(await axeClean(dashboard)).toEqual([]);
    await dashboard.close();
  });

  it('sent no request anywhere but the fixtures', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
