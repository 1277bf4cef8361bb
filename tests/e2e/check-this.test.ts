// Self-check in real Chromium (issue 12): a captured profile with doubtful
// fields shows "check this" next to their edit controls, with the reason, and
// keeps the values as captured; the top publications are listed in the card.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureUrl } from '../../scripts/lib/fixture-url.ts';
import { type Extension, launchExtension } from '../../scripts/lib/launch.ts';
import { seriousInBothSchemes } from './support/axe.ts';

const FILE = 'linkedin-doubtful.html';
const SHOT = process.env.CHECK_THIS_SHOT ?? '/tmp/popup-check-this.png';

describe('"check this" flags in the popup', () => {
  let ext: Extension;
  // The popup of the first test, checked for accessibility by the second (axe takes long on a busy machine).
  let shown: { popup: Page; close: () => Promise<void> } | null = null;
  const pages: Record<string, string> = {};
  beforeAll(async () => {
    ext = await launchExtension({ pages });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('marks the doubtful name and title, keeps their values, and lists the top publications', async () => {
    const html = readFileSync(`tests/fixtures/pages/${FILE}`, 'utf8');
    const url = fixtureUrl(FILE, html);
    pages[url] = html;
    const site = await ext.openSite(url);
    await ext.clickToolbar(url);
    const popup = await ext.openPopupFor(site);
    await popup.getByTestId('profile-name').waitFor();

    // Next to the Name control: the flag, with the reason; the value is the captured one.
    const name = popup.locator('[data-testid="check-this"][data-field="name"]');
    await name.waitFor();
    expect(await name.textContent()).toMatch(/check this.*contains “\|”/);
    expect(await popup.getByLabel('Name', { exact: true }).inputValue()).toBe('Odalys Fenwick | Open to work');
    expect(await popup.getByLabel('Name', { exact: true }).getAttribute('aria-describedby')).toBe('check-name');

    const title = popup.locator('[data-testid="check-this"][data-field="current"]');
    expect(await title.textContent()).toMatch(/“Student” is a degree or a study/);
    expect(await popup.getByLabel('Title', { exact: true }).inputValue()).toBe('Student');
    // Fields that look right carry no flag.
    expect(await popup.locator('[data-testid="check-this"][data-field="location"]').count()).toBe(0);

    // Top three of four publications, newest first when none has citations.
    const pubs = popup.getByTestId('publications');
    expect(await pubs.locator('li .publication-title').allTextContents()).toEqual([
      'Hedgerow carbon in clay soils',
      'A cheap probe for soil moisture',
      'Counting worms by sound',
    ]);
    expect(await pubs.textContent()).toContain('(of 4)');

    await popup.getByTestId('check-this').first().scrollIntoViewIfNeeded();
    await popup.locator('section.person').screenshot({ path: SHOT });
    shown = {
      popup,
      close: async () => {
        await popup.close();
        await site.close();
      },
    };
  });

  it('the marks pass axe in light and dark', async () => {
    if (!shown) throw new Error('the popup of the first test did not open');
    expect(await seriousInBothSchemes(shown.popup, 'check this')).toEqual([]);
    await shown.close();
  });
});
