// Capture in real Chromium (issue 3): the toolbar click on each LinkedIn layout, served at its
// own URL, shows the right person in the popup; pages that are not profiles say so; after an
// in-page navigation the popup shows the new person, never the old one.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureUrl } from '../../scripts/lib/fixture-url.ts';
import { type Extension, launchExtension } from '../../scripts/lib/launch.ts';

const DIR = 'tests/fixtures/pages';
const read = (file: string) => readFileSync(`${DIR}/${file}`, 'utf8');

// The made-up person each layout's fixture shows.
const PROFILES: [file: string, name: string][] = [
  ['demo-profile.html', 'Lena Marchetti'],
  ['linkedin-legacy-ember.html', 'Dana Whitfield'],
  ['linkedin-pvs-2022.html', 'Dana Whitfield'],
  ['linkedin-grouped-2024.html', 'Tomas Eriksen'],
  ['linkedin-hashed-2025-code.html', 'Noor Haddad'],
  ['linkedin-raw-code-only.html', 'Noor Haddad'],
  ['linkedin-react-2026.html', 'Marco Vellani'],
  ['linkedin-react-2026-loaded.html', 'Marco Vellani'],
  ['linkedin-public-jsonld.html', 'Inês Carvalho'],
  ['linkedin-ja.html', '遥 佐藤'], // as the top card shows it (the title orders it the other way)
  ['linkedin-fr.html', 'Camille Roux'],
  ['linkedin-details-experience.html', 'Tomas Eriksen'],
];

const NOT_PROFILES: [file: string, url: string, message: RegExp][] = [
  ['linkedin-authwall.html', 'https://www.linkedin.com/in/someone-hidden/', /sign|log in|join/i],
  [
    'linkedin-not-found.html',
    'https://www.linkedin.com/in/nobody-by-this-name/',
    /not found|no profile|doesn.t exist/i,
  ],
  ['linkedin-company.html', 'https://www.linkedin.com/company/brightwell-labs/', /company|organi[sz]ation/i],
];

describe('capture in the browser, every LinkedIn layout', () => {
  let ext: Extension;
  // Read at request time by the harness, so one browser serves each fixture in turn.
  const pages: Record<string, string> = {};
  beforeAll(async () => {
    ext = await launchExtension({ pages });
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function popupOn(url: string, html: string): Promise<{ site: Page; popup: Page }> {
    pages[url] = html;
    const site = await ext.openSite(url);
    await ext.clickToolbar(url);
    return { site, popup: await ext.openPopupFor(site) };
  }

  it.each(PROFILES)('%s shows %s', async (file, name) => {
    const html = read(file);
    const { site, popup } = await popupOn(fixtureUrl(file, html), html);
    await expect.poll(() => popup.getByTestId('profile-name').textContent(), { timeout: 15_000 }).toBe(name);
    await popup.close();
    await site.close();
  });

  it('a page whose sections had not loaded says so once, naming them', async () => {
    const file = 'linkedin-react-2026.html';
    const html = read(file);
    const { site, popup } = await popupOn(fixtureUrl(file, html), html);
    await popup.getByTestId('profile-name').waitFor();
    const notices = await popup.getByTestId('incomplete').allTextContents();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Experience, education and skills\. Not loaded yet\. Scroll down the page/);
    // No "0 positions" for sections it could not see; what it did see (the degree) still shows.
    const card = (await popup.getByRole('region', { name: 'Captured profile' }).textContent()) ?? '';
    expect(card).not.toMatch(/\b0 (positions|schools|skills)\b/);
    expect(card).toMatch(/connection/);
    await popup.close();
    await site.close();
  });

  it.each(NOT_PROFILES)('%s is reported as not a profile', async (file, url, message) => {
    const { site, popup } = await popupOn(url, read(file));
    const notice = popup.locator('.notice').first();
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(message);
    expect(await popup.getByTestId('profile-name').count()).toBe(0);
    await popup.close();
    await site.close();
  });

  it('after an in-page navigation shows the new person, not the old', async () => {
    const { site, popup } = await popupOn(
      'https://www.linkedin.com/in/lena-marchetti-demo/',
      read('demo-profile.html'),
    );
    await expect.poll(() => popup.getByTestId('profile-name').textContent()).toBe('Lena Marchetti');
    await popup.close();
    // What LinkedIn's single-page app does: new <main>, new title, pushState; no page load.
    const next = read('linkedin-pvs-2022.html');
    await site.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.querySelector('main')!.replaceWith(document.importNode(doc.querySelector('main')!, true));
      document.title = doc.title;
      history.pushState({}, '', '/in/danawhitfield/');
    }, next);
    const again = await ext.openPopupFor(site);
    await expect.poll(() => again.getByTestId('profile-name').textContent()).toBe('Dana Whitfield');
    expect(await again.locator('[data-profile-url]').getAttribute('data-profile-url')).toBe(
      'https://www.linkedin.com/in/danawhitfield/',
    );
    await again.close();
    await site.close();
  });

  it('sent no request anywhere but the fixtures', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
