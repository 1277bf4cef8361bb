// Messages in the contact's language, and one date format on every page.
// The person is made up: a French About on a page whose LinkedIn interface is English.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from '../../scripts/lib/launch.ts';
import { en } from '../fixtures/generate/locale.ts';
import { camille, type Person } from '../fixtures/generate/people.ts';
import { page as profilePage } from '../fixtures/generate/pvs.ts';
import { dbAll } from './support/store.ts';

const ELODIE: Person = {
  ...camille,
  slug: 'elodie-vasseur-sample',
  first: 'Élodie',
  last: 'Vasseur',
  headline: 'Responsable de la recherche utilisateur chez Maison Orbelle',
  about:
    'Je dirige une petite équipe de recherche utilisateur et je travaille depuis six ans avec les équipes produit. Avant, j’étais enseignante de physique dans un lycée de Nantes.',
};
// Run in the extension's service worker.
declare const coffeeChat: {
  saveContactFromMenu(
    t: { linkUrl: string | null; frameId: number },
    tabId: number,
    now: number,
  ): Promise<{ ok: boolean; contact?: { id: string } }>;
};

const URL = `https://www.linkedin.com/in/${ELODIE.slug}/`;
const SHOTS = process.env.LANG_SHOTS_DIR ?? '/tmp';

describe('messages in the contact’s language', () => {
  let ext: Extension;
  let site: Page;
  beforeAll(async () => {
    const html = profilePage({ ui: en, hashedCls: false, padKb: 40 }, ELODIE, 41);
    expect(html).toMatch(/<html lang="en"/); // the viewer's interface language, which must not decide
    ext = await launchExtension({ pages: { [URL]: html } });
    site = await ext.openSite(URL);
    await ext.clickToolbar(URL);
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function messageTab(): Promise<Page> {
    const popup = await ext.openPopupFor(site);
    await popup.getByTestId('profile-name').waitFor();
    await popup.getByRole('tab', { name: 'Message' }).click();
    await popup.getByRole('radio', { name: 'Email' }).check();
    await popup.getByRole('textbox', { name: 'Message', exact: true }).waitFor();
    return popup;
  }

  it('drafts in French by default, redraws in English or German when switched, and remembers the choice', async () => {
    const popup = await messageTab();
    const body = popup.getByRole('textbox', { name: 'Message', exact: true });
    const language = popup.getByLabel('Language', { exact: true });
    await expect.poll(() => body.inputValue()).toMatch(/^Bonjour Élodie Vasseur,\n\nJe m'appelle /);
    expect(await language.inputValue()).toBe('fr');
    expect(await popup.locator('#draft-language-why').textContent()).toBe('the language of their profile');
    expect(await popup.getByLabel('Subject').inputValue()).toMatch(/^Un échange de 20 minutes sur votre parcours/);
    // The offered times are written the French way inside the French email.
    await expect.poll(() => body.inputValue()).toMatch(/\n- (lun|mar|mer|jeu|ven)\. \d{1,2} \S+/);
    await popup.screenshot({ path: `${SHOTS}/popup-message-fr.png`, fullPage: true });

    await language.selectOption('en');
    await expect.poll(() => body.inputValue()).toMatch(/^Hi Élodie,\n\nI'm /);
    expect(await body.inputValue()).not.toContain('Bonjour');

    await language.selectOption('de');
    await expect.poll(() => body.inputValue()).toMatch(/^Guten Tag Élodie Vasseur,\n\nmein Name ist /);
    await expect.poll(() => body.inputValue()).toContain('Mit freundlichen Grüßen');
    await popup.screenshot({ path: `${SHOTS}/popup-message-de.png`, fullPage: true });
    await popup.close();

    // Chosen per message and kept: the email stays German, the connection note is still French.
    const again = await messageTab();
    await expect
      .poll(() => again.getByRole('textbox', { name: 'Message', exact: true }).inputValue())
      .toMatch(/^Guten Tag/);
    await again.getByRole('radio', { name: 'Connection note' }).check();
    await expect.poll(() => again.getByRole('textbox', { name: 'Note' }).inputValue()).toMatch(/^Bonjour Élodie/);
    await again.close();
  });

  it('offers the question ideas in French too, and says why', async () => {
    const popup = await ext.openPopupFor(site);
    await popup.getByTestId('profile-name').waitFor();
    const ideas = popup.locator('.questions .cc-check-text');
    await ideas.first().waitFor();
    expect(await popup.locator('.questions').textContent()).toContain('Ideas in French: the language of their profile');
    const texts = await ideas.allTextContents();
    expect(texts.length).toBeGreaterThan(3);
    // French puts a (no-break) space before the question mark; no English idea slips in.
    expect(texts.filter((t) => !/\s\?/.test(t))).toEqual([]);
    expect(texts.some((t) => /^(What|How|Who) /.test(t))).toBe(false);
    await popup.screenshot({ path: `${SHOTS}/popup-questions-fr.png`, fullPage: true });
    await popup.close();
  });

  it('shows dates in one format in the popup and the dashboard, following the 12/24-hour setting', async () => {
    const tabId = await ext.tabIdOf(site);
    const saved = await ext.worker.evaluate(
      ([id]) => coffeeChat.saveContactFromMenu({ linkUrl: null, frameId: 0 }, id, Date.now()),
      [tabId] as const,
    );
    expect(saved.ok).toBe(true);

    for (const clock of ['12-hour', '24-hour'] as const) {
      const options = await ext.openPage('src/options/index.html', { width: 1000, height: 900 });
      await options.getByRole('radio', { name: new RegExp(`^${clock}`) }).check();
      const want = clock === '24-hour' ? '24h' : '12h';
      await expect
        .poll(async () => (await dbAll(ext.worker, 'kv')).some((r) => (r as { clock?: string }).clock === want))
        .toBe(true);
      await options.close();

      const p = await messageTab();
      await expect.poll(() => p.locator('.slot').count()).toBeGreaterThanOrEqual(1);
      const slot = (await p.locator('.slot').first().textContent())!.trim();
      await p.close();
      const dash = await ext.openPage(`src/dashboard/index.html?contact=${saved.contact!.id}`, {
        width: 1280,
        height: 900,
      });
      const stamp = (await dash.locator('.cc-timeline time').first().textContent())!.trim();
      await dash.close();

      // Same clock on both pages…
      const twelve = /\d{1,2}:\d{2}\s?(AM|PM|am|pm)/;
      if (clock === '12-hour') {
        expect(slot).toMatch(twelve);
        expect(stamp).toMatch(twelve);
      } else {
        expect(slot).not.toMatch(/AM|PM|am|pm/);
        expect(stamp).not.toMatch(/AM|PM|am|pm/);
        expect(slot).toMatch(/\b\d{2}:\d{2}\b/);
        expect(stamp).toMatch(/\b\d{2}:\d{2}\b/);
      }
      // …and the same way of writing the day ("Mon, Dec 7" and "Fri, Dec 4, 2026" in an en-US browser;
      // "Mon 7 Dec" and "Fri, 4 Dec 2026" in en-GB): the slot's day part, as a shape, starts the timeline's.
      const day = slot.split(/,? \d{1,2}:\d{2}/)[0]!;
      const shape = day.replace(/\d+|\p{L}+|./gu, (t) =>
        /^\d/.test(t)
          ? '\\d+'
          : /^\p{L}/u.test(t)
            ? '\\p{L}+'
            : t === ' '
              ? ',? '
              : t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
      );
      expect(day.length).toBeGreaterThan(4);
      expect(stamp).toMatch(new RegExp(`^${shape}`, 'u'));
    }
  });
});
