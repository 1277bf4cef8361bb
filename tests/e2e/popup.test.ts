import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEARCH_URL } from '../../scripts/lib/demo.ts';
import type { Extension } from '../../scripts/lib/launch.ts';
import { launchOnDemo } from './support/demo.ts';

// Only for code that runs inside the extension's service worker via worker.evaluate.
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

/** What a paste gives: a scratch text box in the page, then the keyboard shortcut. */
async function pasted(page: Page): Promise<string> {
  // Keyboard paste goes to the focused page; other tabs of this browser may hold the focus.
  await page.bringToFront();
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'paste-probe';
    document.body.append(box);
    box.focus();
  });
  await page.keyboard.press('ControlOrMeta+V');
  const text = await page.locator('#paste-probe').inputValue();
  await page.evaluate(() => document.getElementById('paste-probe')?.remove());
  return text;
}

// A made-up person the user is already connected with (1st degree), in LinkedIn's older layout.
const CONNECTED_URL = 'https://www.linkedin.com/in/danawhitfield/';

describe('the toolbar popup', () => {
  let ext: Extension;
  let site: Page;
  beforeAll(async () => {
    ({ ext, site } = await launchOnDemo({
      [CONNECTED_URL]: readFileSync('tests/fixtures/pages/linkedin-legacy-ember.html', 'utf8'),
    }));
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('plans questions and keeps them when the popup closes and reopens', async () => {
    const popup = await ext.openPopupFor(site);
    await popup.getByTestId('profile-name').waitFor();
    const whoNext = popup.getByRole('checkbox', { name: /Who else would you suggest I talk to/ });
    await whoNext.check();
    await popup.getByLabel('Your own question').fill('How do you choose which studies to run?');
    await popup.getByRole('button', { name: 'Add', exact: true }).click();
    await popup.getByRole('tab', { name: 'Note' }).click();
    await popup.getByLabel('Quick note').fill('Found through the accessibility meetup');
    await popup.waitForTimeout(500);
    await popup.close();

    const again = await ext.openPopupFor(site);
    await again.getByTestId('profile-name').waitFor();
    await expect
      .poll(() => again.getByRole('checkbox', { name: /Who else would you suggest I talk to/ }).isChecked())
      .toBe(true);
    expect(await again.getByRole('checkbox', { name: 'How do you choose which studies to run?' }).isChecked()).toBe(
      true,
    );
    await again.getByRole('tab', { name: 'Note' }).click();
    expect(await again.getByLabel('Quick note').inputValue()).toBe('Found through the accessibility meetup');
    await again.close();
  });

  it('drafts an email with concrete times and, once copied, saves the person as reached out', async () => {
    const popup = await ext.openPopupFor(site);
    await popup.getByTestId('profile-name').waitFor();
    await popup.getByRole('tab', { name: 'Message' }).click();
    const body = popup.getByRole('textbox', { name: 'Message', exact: true });
    await body.waitFor();
    // The draft settles once the stored settings have loaded; it then offers the first time shown.
    await expect.poll(() => popup.locator('.slot').count()).toBeGreaterThanOrEqual(3);
    const firstSlot = async () => (await popup.locator('.slot').first().textContent())!.trim();
    await expect.poll(async () => (await body.inputValue()).includes(await firstSlot())).toBe(true);
    const text = await body.inputValue();
    expect(text).toContain('Lena');
    expect(text).toMatch(/20 minutes/);

    await popup.getByRole('radio', { name: 'Connection note' }).check();
    await expect.poll(() => popup.getByTestId('char-count').textContent()).toMatch(/^\d+ \/ 200 characters$/);
    await popup.getByRole('radio', { name: 'Email' }).check();

    await popup.getByRole('button', { name: 'Copy' }).click();
    await popup.getByText('Copied to the clipboard.').waitFor();
    await expect.poll(() => pasted(popup)).toMatch(/^Subject: .+\n\nHi Lena/);
    await popup.getByRole('button', { name: 'Save as reached out' }).click();
    await expect.poll(() => popup.getByTestId('saved-status').textContent()).toContain('Reached out');
    await popup.close();

    const again = await ext.openPopupFor(site);
    await again.getByTestId('saved-status').waitFor();
    expect(await again.getByTestId('saved-status').textContent()).toMatch(/Reached out.*Copied the message/);
    await again.getByRole('tab', { name: 'Note' }).click();
    expect(await again.locator('.saved-notes').textContent()).toContain('Found through the accessibility meetup');
    await again.close();
  });

  it('drafts the connection note within 200 characters, warns when an edit goes over, and allows 300 with Premium', async () => {
    const popup = await ext.openPopupFor(site);
    await popup.getByTestId('profile-name').waitFor();
    await popup.getByRole('tab', { name: 'Message' }).click();
    await popup.getByRole('radio', { name: 'Connection note' }).check();
    // Lena is a 2nd-degree connection: the note, not a message.
    expect(await popup.getByRole('radio', { name: 'Direct message' }).count()).toBe(0);
    const note = popup.getByRole('textbox', { name: 'Note', exact: true });
    const count = popup.getByTestId('char-count');
    await expect.poll(() => count.textContent()).toMatch(/^\d+ \/ 200 characters$/);
    const drafted = await note.inputValue();
    expect(drafted).toMatch(/^Hi Lena, .*Would you have 20 minutes for a call\?/);
    expect([...new Intl.Segmenter().segment(drafted)].length).toBeLessThanOrEqual(200);
    expect(await count.textContent()).toBe(`${[...new Intl.Segmenter().segment(drafted)].length} / 200 characters`);

    // The user's own words past the limit: the count becomes a warning, and the box says it is invalid.
    await note.fill(`${drafted} ${'Also, I would love to hear about your weekends. '.repeat(2)}`.trim());
    await expect
      .poll(() => count.textContent())
      .toMatch(/^\d+ \/ 200 characters — \d+ too many: LinkedIn will not send it/);
    expect(await count.getAttribute('class')).toContain('notice-error');
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    await popup.getByRole('button', { name: 'Discard my edits and redraft' }).click();
    await expect.poll(() => note.inputValue()).toBe(drafted);
    expect(await note.getAttribute('aria-invalid')).toBeNull();
    await popup.close();

    const options = await ext.openPage('src/options/index.html', { width: 1000, height: 800 });
    const premium = options.getByLabel('I have LinkedIn Premium (300-character notes)');
    await premium.check();
    await expect.poll(() => options.locator('#save-status').getAttribute('data-state')).toBe('saved');
    const again = await ext.openPopupFor(site);
    await again.getByTestId('profile-name').waitFor();
    await again.getByRole('tab', { name: 'Message' }).click();
    await again.getByRole('radio', { name: 'Connection note' }).check();
    await expect.poll(() => again.getByTestId('char-count').textContent()).toMatch(/^\d+ \/ 300 characters$/);
    const longer = await again.getByRole('textbox', { name: 'Note', exact: true }).inputValue();
    expect([...new Intl.Segmenter().segment(longer)].length).toBeLessThanOrEqual(300);
    await again.getByRole('radio', { name: 'Email' }).check();
    await again.close();
    await premium.uncheck();
    await expect.poll(() => options.locator('#save-status').getAttribute('data-state')).toBe('saved');
    await options.close();
  });

  it('offers a direct message, not a connection note, to someone already connected', async () => {
    const connected = await ext.openSite(CONNECTED_URL);
    await ext.clickToolbar(CONNECTED_URL);
    const popup = await ext.openPopupFor(connected);
    await popup.getByTestId('profile-name').waitFor();
    await popup.getByText('1st-degree connection (you are connected)').waitFor();
    await popup.getByRole('tab', { name: 'Message' }).click();
    await popup.getByRole('radio', { name: 'Direct message' }).check();
    expect(await popup.getByRole('radio', { name: 'Connection note' }).count()).toBe(0);
    const body = popup.getByRole('textbox', { name: 'Message', exact: true });
    await expect.poll(() => body.inputValue()).toMatch(/^Hi Dana,\n/);
    expect(await body.inputValue()).toMatch(/20 minutes/);
    expect(
      await popup.getByText('You are already connected: send this as a direct message on LinkedIn.').isVisible(),
    ).toBe(true);
    // No subject, no character count, no mail links: it is pasted into LinkedIn.
    expect(await popup.getByLabel('Subject').count()).toBe(0);
    expect(await popup.getByTestId('char-count').count()).toBe(0);
    expect(await popup.getByRole('link', { name: 'Gmail' }).count()).toBe(0);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await connected.close();
  });

  it('lists the people on a search page and saves one at a time', async () => {
    const search = await ext.openSite(DEMO_SEARCH_URL);
    await ext.clickToolbar(DEMO_SEARCH_URL);
    const popup = await ext.openPopupFor(search);
    const save = popup.getByRole('button', { name: 'Save Ingrid Haldorsen' });
    await save.waitFor();
    const one = /^Save (?!all)/;
    expect(await popup.getByRole('button', { name: one }).count()).toBe(3);
    await save.click();
    await expect.poll(() => popup.getByRole('button', { name: one }).count()).toBe(2);
    // The people are links to their profiles, and the rest can be saved at once.
    expect(await popup.getByRole('link', { name: 'Ingrid Haldorsen' }).getAttribute('href')).toMatch(/^https:\/\//);
    await popup.getByRole('button', { name: 'Save all 2' }).click();
    await expect.poll(() => popup.getByRole('button', { name: one }).count()).toBe(0);
    expect(await popup.getByText('Saved', { exact: true }).count()).toBe(3);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await search.close();
  });

  it('says so when the page cannot be read, and offers to add the person by hand', async () => {
    // A tab the toolbar button was never clicked on: activeTab gives no access to it (nor to
    // its address, so the new tab is told apart from the others by its id).
    const tabIds = () => ext.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    const before = await tabIds();
    const other = await ext.openSite(DEMO_SEARCH_URL);
    const [tabId] = (await tabIds()).filter((id) => !before.includes(id));
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/src/popup/index.html?tabId=${tabId}`);
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/cannot be read by extensions/);
    expect(await popup.getByText('Add someone by hand').isVisible()).toBe(true);
    expect(await popup.getByLabel('Name').isVisible()).toBe(true);
    expect(await popup.getByTestId('profile-name').count()).toBe(0);
    await popup.close();
    await other.close();
  });

  it('has no serious accessibility problems, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await ext.openPopupFor(site);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByTestId('profile-name').waitFor();
      expect(await seriousViolations(popup), scheme).toEqual([]);
      await popup.getByRole('tab', { name: 'Message' }).click();
      expect(await seriousViolations(popup), `${scheme}, message tab`).toEqual([]);
      await popup.close();
    }
  });

  it('sent no request anywhere but the fixtures', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
