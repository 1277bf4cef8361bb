// What a new user sees, screen by screen (issue 18): one question plan everywhere, drafts that
// are never cut off, a meeting clock the user controls, and a template preview written from the
// user's own settings. Synthetic people only.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extension } from '../../scripts/lib/launch.ts';
import { launchOnDemo } from './support/demo.ts';
import { dbAll } from './support/store.ts';

const WHO_NEXT = /Who else would you suggest I talk to/;

/** Each question's text (badge included, as shown) and whether it is ticked, in page order. */
function plan(rows: Locator): Promise<{ text: string; ticked: boolean }[]> {
  return rows.evaluateAll((els) =>
    els.map((el) => ({
      text: (el.querySelector('.cc-check-text')?.textContent ?? '').trim(),
      ticked: (el.querySelector('input') as HTMLInputElement).checked,
    })),
  );
}

/** Grown to its text, or visibly scrollable: never cut off without a sign. */
function notClipped(box: Locator): Promise<{ fits: boolean; scrolls: boolean }> {
  return box.evaluate((el) => {
    const overflowY = getComputedStyle(el).overflowY;
    return {
      fits: el.scrollHeight <= el.clientHeight + 1,
      scrolls: el.scrollHeight > el.clientHeight + 1 && (overflowY === 'scroll' || overflowY === 'auto'),
    };
  });
}

describe('polish: one plan, whole drafts, the meeting clock, the preview', () => {
  let ext: Extension;
  let site: Page;
  let contactId = '';
  beforeAll(async () => {
    ({ ext, site } = await launchOnDemo());
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows one question plan, the same ideas in the same order, in the popup and the dashboard', async () => {
    const popup = await ext.openPopupFor(site);
    await popup.getByTestId('profile-name').waitFor();
    const popupRows = popup.locator('.questions .cc-check');
    await popupRows.first().waitFor();
    // The most important question is in every plan from the start.
    expect(await popup.getByRole('checkbox', { name: WHO_NEXT }).isChecked()).toBe(true);
    // Tick one more idea: the third.
    await popupRows.nth(2).locator('input').check();
    const inPopup = await plan(popupRows);
    expect(inPopup.filter((q) => q.ticked)).toHaveLength(2);
    await popup.getByRole('button', { name: 'Save contact' }).click();
    await popup.getByTestId('saved-status').waitFor();
    await expect.poll(async () => (await dbAll(ext.worker, 'contacts')).length).toBe(1);
    contactId = String((await dbAll(ext.worker, 'contacts'))[0]!['id']);
    await popup.close();

    const dash = await ext.openPage(`src/dashboard/index.html?contact=${contactId}`, { width: 1280, height: 900 });
    const bring = dash.locator('fieldset', { hasText: 'Questions to bring' }).locator('.cc-check');
    await expect.poll(async () => plan(bring)).toEqual(inPopup);

    // Unticking in the dashboard changes the same plan: the popup shows it unticked.
    await dash.getByRole('checkbox', { name: WHO_NEXT }).uncheck();
    const again = await ext.openPopupFor(site);
    await again.getByTestId('profile-name').waitFor();
    await expect.poll(() => again.getByRole('checkbox', { name: WHO_NEXT }).isChecked()).toBe(false);
    await again.getByRole('checkbox', { name: WHO_NEXT }).check();
    await again.close();

    // What is booked, and so what the meeting view lists, is the ticked part of that plan, in its order.
    await dash.reload();
    await expect.poll(() => dash.getByRole('checkbox', { name: WHO_NEXT }).isChecked()).toBe(true);
    await dash.getByRole('button', { name: 'Schedule meeting' }).click();
    await dash.getByText('Meeting booked').waitFor();
    const [interview] = await dbAll(ext.worker, 'interviews');
    const booked = (interview!['questions'] as { text: string }[]).map((q) => q.text);
    expect(booked).toEqual(inPopup.filter((q) => q.ticked).map((q) => q.text.replace(/Most important$/, '')));
    await dash.close();
  });

  it('grows the draft boxes to their text: the email, with its times, and the connection note', async () => {
    const popup = await ext.openPopupFor(site);
    await popup.getByTestId('profile-name').waitFor();
    await popup.getByRole('tab', { name: 'Message' }).click();
    await popup.getByRole('radio', { name: 'Email' }).check();
    const body = popup.getByRole('textbox', { name: 'Message', exact: true });
    await body.waitFor();
    // The demo email, times and sign-off included, fits whole.
    expect(await notClipped(body)).toMatchObject({ fits: true });
    expect(await body.inputValue()).toMatch(/Any of these times would work/);
    // Longer than the popup can show: the box stops growing and scrolls, with a scrollbar.
    await body.fill(Array.from({ length: 80 }, (_, i) => `Line ${i + 1}`).join('\n'));
    const long = await body.evaluate((el) => ({
      overflowY: getComputedStyle(el).overflowY,
      height: el.getBoundingClientRect().height,
      cap: Number.parseFloat(getComputedStyle(el).maxHeight),
    }));
    expect(long.overflowY).toBe('scroll');
    expect(Math.round(long.height)).toBe(Math.round(long.cap));
    expect(await popup.getByTestId('autogrow-more').isVisible()).toBe(true);
    await popup.getByRole('button', { name: 'Discard my edits and redraft' }).click();
    await popup.getByRole('radio', { name: 'Connection note' }).check();
    const note = popup.getByRole('textbox', { name: 'Note', exact: true });
    await note.waitFor();
    expect(await notClipped(note)).toMatchObject({ fits: true });
    await popup.close();

    const dash = await ext.openPage(`src/dashboard/index.html?contact=${contactId}`, { width: 1280, height: 900 });
    const next = dash.locator('.cc-draft-body');
    await next.waitFor();
    expect(await notClipped(next)).toMatchObject({ fits: true });
    await dash.close();
  });

  it('starts the meeting clock on Start, pauses it, and adds five minutes', async () => {
    const [interview] = await dbAll(ext.worker, 'interviews');
    const id = String(interview!['id']);
    const stored = async () => (await dbAll(ext.worker, 'interviews')).find((i) => i['id'] === id)!;
    const meeting = await ext.openPage(`src/meeting/index.html?interview=${id}`, { width: 420, height: 900 });
    await meeting.locator('.mt-clock').waitFor();
    // Opening the window does not start the clock.
    expect(await meeting.getByTestId('timer-status').textContent()).toContain('starts when you press Start');
    expect((await stored())['startedAt']).toBeNull();

    await meeting.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(async () => typeof (await stored())['startedAt']).toBe('number');
    await meeting.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => meeting.getByTestId('timer-status').textContent()).toBe('Paused');
    await expect.poll(async () => typeof (await stored())['pausedAt']).toBe('number');
    await meeting.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(async () => (await stored())['pausedAt']).toBeNull();
    await meeting.getByRole('button', { name: '+5 min' }).click();
    await expect.poll(async () => (await stored())['minutes']).toBe(25);
    expect(await meeting.getByTestId('timer-status').textContent()).toBe('of 25 minutes');

    // The title stays on one line while the save state changes beside it.
    await meeting.getByRole('textbox', { name: 'Notes', exact: true }).fill('Diary studies first.');
    const title = await meeting.locator('h1').evaluate((h) => ({
      lines: Math.round(h.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(h).lineHeight)),
    }));
    expect(title.lines).toBe(1);
    await meeting.close();
  });

  it('a meeting window opened without a meeting is a page that says where to start', async () => {
    const empty = await ext.openPage('src/meeting/index.html', { width: 420, height: 600 });
    await empty.getByRole('heading', { name: 'No meeting open' }).waitFor();
    expect(await empty.getByRole('link', { name: 'Open the dashboard' }).getAttribute('href')).toContain(
      '/src/dashboard/index.html',
    );
    await empty.close();
  });

  it("writes the template preview from the user's own name and availability", async () => {
    const page = await ext.openPage('src/options/index.html', { width: 1100, height: 900 });
    await page.getByLabel('Your name', { exact: true }).fill('Quill Ambersand');
    await page.getByLabel('Time zone').selectOption('Asia/Tokyo');
    const offered = page.getByTestId('slot-preview').locator('li').first();
    await offered.waitFor();
    const firstTime = (await offered.textContent())!.trim();
    const preview = page.getByTestId('template-preview');
    await expect.poll(() => preview.textContent()).toContain('Quill Ambersand');
    // The preview offers the same times the availability section lists, in the user's zone.
    expect(await preview.textContent()).toContain(firstTime);

    // The template shows labelled chips, not raw syntax; Insert puts one at the caret.
    const body = page.getByRole('textbox', { name: 'Body' });
    expect(await body.textContent()).not.toContain('{{');
    expect(await body.locator('.tpl-chip', { hasText: 'their first name' }).count()).toBeGreaterThan(0);
    await body.evaluate((el) => {
      const r = document.createRange();
      r.selectNodeContents(el);
      r.collapse(true);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(r);
    });
    await page.getByRole('button', { name: 'Their organisation' }).click();
    expect(await body.locator('.tpl-chip').first().getAttribute('data-raw')).toBe('{{contact.company}}');
    await expect.poll(async () => (await preview.textContent())?.includes('Hi Marisol')).toBe(true);
    // The raw syntax is one toggle away.
    await page.getByRole('checkbox', { name: /Show the template syntax/ }).check();
    expect(await page.getByLabel('Body').inputValue()).toMatch(/^\{\{contact\.company\}\}Hi /);
    await page.getByRole('button', { name: 'Reset to default' }).click();
    await page.close();
  });
});
