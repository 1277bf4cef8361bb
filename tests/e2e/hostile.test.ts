// A hostile page, end to end in the built extension: every captured field holds <script>,
// <img onerror>, javascript: links, an RTL override, zero-width characters or ~1 MB of text
// (tests/fixtures/pages/hostile-fields.html). It must be captured as text, shown as text in
// the popup and the dashboard (a page-global canary proves no payload ran), exported, wiped
// and re-imported unchanged, and no javascript: URL may ever become a link.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from '../../scripts/lib/launch.ts';
import { IMG, JS_URL, HOSTILE_FIELDS_URL as PAGE_URL, RLO, SCRIPT } from '../fixtures/generate/hostile-fields.ts';
import { type Row, dbAll as readStore } from './support/store.ts';

interface Captured {
  name: string;
  headline: string;
  location: string;
  about: string;
  photoUrl: string | null;
  url: string;
  experience: { title: string; company: string }[];
  education: { school: string }[];
  skills: string[];
}

// What the capture keeps (zero-width characters dropped or turned into a space, About bounded).
const NAME = `${SCRIPT}Wren ${RLO}Quillon ${IMG}`;
const HEADLINE = `${IMG} Head of ${RLO}Mischief ${JS_URL}`;

/** Everything that would show a payload ran or became markup, on any page. */
async function damage(page: Page): Promise<Record<string, unknown>> {
  await page.waitForTimeout(300); // an onerror fires asynchronously
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      canary: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title === 'PWNED',
      inlineHandlers: all.filter((el) =>
        [...el.attributes].some((a) => /^on/i.test(a.name) && a.value.includes('__pwned')),
      ).length,
      imgOnerror: document.querySelectorAll('img[onerror]').length,
      payloadScripts: [...document.scripts].filter((s) => (s.textContent ?? '').includes('__pwned')).length,
      jsLinks: document.querySelectorAll(
        'a[href^="javascript:" i], area[href^="javascript:" i], [src^="javascript:" i], form[action^="javascript:" i]',
      ).length,
    };
  });
}
const NO_DAMAGE = { canary: null, title: false, inlineHandlers: 0, imgOnerror: 0, payloadScripts: 0, jsLinks: 0 };

/** The fixture page itself: its hostile text is shown escaped, so nothing may have run there either. */
async function pageCanary(page: Page) {
  return page.evaluate(() => ({
    canary: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    title: document.title === 'PWNED',
  }));
}

describe('a hostile profile page', () => {
  let ext: Extension;
  let site: Page;
  let saved: Row & { captured: Captured };
  let backup = '';
  const violations: string[] = []; // CSP reports: an injected handler would be refused, and logged
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(m.text()))
        violations.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => violations.push(`${page.url()}: ${e.message}`));
    return page;
  };
  const dbAll = (store: string) => readStore(ext.worker, store);

  beforeAll(async () => {
    ext = await launchExtension({
      pages: { [PAGE_URL]: readFileSync('tests/fixtures/pages/hostile-fields.html', 'utf8') },
    });
    site = await ext.openSite(PAGE_URL);
    await ext.clickToolbar(PAGE_URL);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('the popup shows every hostile value as text, and nothing ran', async () => {
    const popup = watch(await ext.openPopupFor(site));
    await expect.poll(() => popup.getByTestId('profile-name').textContent(), { timeout: 20_000 }).toBe(NAME);
    const card = popup.getByRole('region', { name: 'Captured profile' });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(HEADLINE);
    expect(text).toContain(`${SCRIPT}Chief ${RLO}Tester · ${IMG}Acme Hazards`);
    expect(text).toContain(JS_URL); // the location, as text
    expect(await popup.locator('[data-profile-url]').getAttribute('data-profile-url')).toBe(PAGE_URL);
    expect(await popup.locator('#field-name').inputValue()).toBe(NAME);
    expect(await damage(popup)).toEqual(NO_DAMAGE);

    await popup.getByRole('button', { name: 'Save contact' }).click();
    await popup.getByTestId('saved-status').waitFor();
    expect(await damage(popup)).toEqual(NO_DAMAGE);
    await popup.close();
    expect(await pageCanary(site)).toEqual({ canary: null, title: false });
  });

  it('stored the values as captured text: bounded, http(s) links only', async () => {
    const contacts = await dbAll('contacts');
    expect(contacts).toHaveLength(1);
    saved = contacts[0] as typeof saved;
    const c = saved.captured;
    expect(c.name).toBe(NAME);
    expect(c.headline).toBe(HEADLINE);
    expect(c.location).toBe(JS_URL); // text, never a link
    expect(c.photoUrl).toBeNull(); // the javascript: photo is dropped
    expect(c.url).toBe(PAGE_URL);
    expect(c.about.startsWith(`${SCRIPT}${IMG}${RLO}About Zero harm`)).toBe(true);
    expect(c.about.length).toBeLessThanOrEqual(10_000); // 1 MB on the page, bounded here
    expect(c.experience.map((e) => e.company)).toEqual([`${IMG}Acme Hazards`, `Old ${SCRIPT}Works`]);
    expect(c.education[0]?.school).toBe(`${IMG}University of ${RLO}Nowhere`);
    expect(c.skills).toEqual([SCRIPT, IMG, JS_URL, `${RLO}Reversed`, 'Zero Width']);
    expect(JSON.stringify(c)).not.toMatch(/[\u200b-\u200d\ufeff]/);
  });

  it('the dashboard shows them as text, and nothing ran', async () => {
    const page = watch(
      await ext.openPage(`src/dashboard/index.html?contact=${saved.id}`, { width: 1280, height: 900 }),
    );
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe(NAME);
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).toContain(`${SCRIPT}Chief ${RLO}Tester · ${IMG}Acme Hazards`);
    await page.locator('summary h3', { hasText: /^Profile$/ }).click(); // open the collapsed section
    expect(await page.locator('#pf-headline').inputValue()).toBe(HEADLINE);
    expect(await page.locator('#pf-about').inputValue()).toBe(saved.captured.about);
    expect(await damage(page)).toEqual(NO_DAMAGE);
    // The list and search too: the name as a search hit.
    await page.goto(`chrome-extension://${ext.id}/src/dashboard/index.html`);
    await page.getByText(NAME).first().waitFor();
    expect(await damage(page)).toEqual(NO_DAMAGE);
    await page.close();
    expect(await pageCanary(site)).toEqual({ canary: null, title: false });
  });

  it('exports a JSON backup, wipes, re-imports it through Import contacts: the contact is unchanged', async () => {
    const options = watch(await ext.openPage('src/options/index.html', { width: 1100, height: 900 }));
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export JSON backup' }).click(),
    ]);
    backup = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(backup).stores.contacts).toHaveLength(1);

    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByLabel('Type DELETE to confirm').fill('DELETE');
    await options.getByRole('button', { name: 'Delete everything', exact: true }).click();
    await expect.poll(() => dbAll('contacts')).toEqual([]);

    await options
      .getByLabel('Import contacts')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    const preview = options.getByTestId('import-preview');
    await preview.waitFor();
    expect(await damage(options)).toEqual(NO_DAMAGE); // the preview table shows the name
    await preview.getByRole('button', { name: /^(Import|Restore) / }).click();
    await options.getByTestId('import-result').waitFor();
    expect(await damage(options)).toEqual(NO_DAMAGE);
    await options.close();

    const after = await dbAll('contacts');
    expect(after).toHaveLength(1);
    expect((after[0] as typeof saved).captured).toEqual(saved.captured);
    expect(after[0]).toEqual(saved);
  });

  it('never makes a javascript: profile address from a backup into a link', async () => {
    const data = JSON.parse(backup);
    const original = data.stores.contacts[0];
    data.stores.contacts = [
      {
        ...original,
        id: 'js-link',
        profileUrl: JS_URL,
        email: 'js-link@example.org',
        edits: { name: 'Js Link', company: 'Nowhere' },
        captured: { ...original.captured, url: JS_URL, photoUrl: JS_URL },
      },
    ];
    for (const store of ['captures', 'interviews', 'referrals', 'reminders', 'activity']) data.stores[store] = [];
    const options = watch(await ext.openPage('src/options/index.html', { width: 1100, height: 900 }));
    await options
      .getByLabel('Import contacts')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
    await options
      .getByTestId('import-preview')
      .getByRole('button', { name: /^(Import|Restore) / })
      .click();
    await options.getByTestId('import-result').waitFor();
    await options.close();

    const page = watch(await ext.openPage('src/dashboard/index.html?contact=js-link', { width: 1280, height: 900 }));
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe('Js Link');
    await page.locator('summary h3', { hasText: /^Profile$/ }).click();
    await page.locator('#pf-name').waitFor();
    expect(await damage(page)).toEqual(NO_DAMAGE);
    expect(await page.getByRole('link', { name: 'Open their profile' }).count()).toBe(0);
    await page.close();
  });

  it('no extension page reported a refused script or an error', () => {
    expect(violations).toEqual([]);
  });

  it('sent no request anywhere but the fixtures', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
