// Three pages editing one contact at once (issue 8): the popup adds a note, the dashboard edits
// the profile, the meeting view types notes and ends the meeting. Nothing anyone did is lost;
// when two pages change the same field, the later save says so instead of overwriting.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extension } from '../../scripts/lib/launch.ts';
import { launchOnDemo } from './support/demo.ts';
import { dbAll, type Row } from './support/store.ts';

declare const coffeeChat: {
  saveContactFromMenu(
    t: { linkUrl: string | null; frameId: number },
    tabId: number,
    now: number,
  ): Promise<{ ok: boolean; contact?: { id: string } }>;
};

describe('popup, dashboard and meeting view on the same contact', () => {
  let ext: Extension;
  let site: Page;
  let id = '';
  let popup: Page;
  let dash: Page;
  let meeting: Page;
  const contact = async () => (await dbAll(ext.worker, 'contacts')).find((c) => c.id === id) as Row;

  async function addNoteInPopup(text: string): Promise<void> {
    await popup.getByRole('tab', { name: 'Note' }).click();
    await popup.getByLabel('Quick note').fill(text);
    await popup.getByRole('button', { name: 'Add to their notes' }).click();
    await expect.poll(async () => (await contact())['notes']).toContain(text);
  }

  beforeAll(async () => {
    ({ ext, site } = await launchOnDemo());
    const saved = await ext.worker.evaluate(
      ([tab]) => coffeeChat.saveContactFromMenu({ linkUrl: null, frameId: 0 }, tab, Date.now()),
      [await ext.tabIdOf(site)] as const,
    );
    id = saved.contact!.id;

    dash = await ext.openPage(`src/dashboard/index.html?contact=${id}`, { width: 1280, height: 900 });
    await dash.getByRole('button', { name: 'Schedule meeting' }).click();
    await dash.getByText('Meeting booked').waitFor();
    const opened = ext.context.waitForEvent('page', (p) => p.url().includes('/src/meeting/'));
    await dash.getByRole('status').getByRole('button', { name: 'Start meeting' }).click();
    meeting = await opened;
    await meeting.locator('.mt-clock').waitFor();
    popup = await ext.openPopupFor(site);
    await popup.getByTestId('saved-status').waitFor();
    await dash.getByText('Profile', { exact: true }).click();
    await dash.locator('#pf-title').waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('keeps every change: dashboard typing, a popup note, meeting notes and the end of the meeting', async () => {
    // The dashboard starts editing; before it saves, the popup adds a note.
    await dash.locator('#pf-title').fill('Principal UX Researcher');
    await addNoteInPopup('Recommended by the accessibility meetup organiser');
    // The dashboard shows the popup's note and still holds what is being typed.
    await expect
      .poll(() => dash.locator('#pf-notes').inputValue())
      .toContain('Recommended by the accessibility meetup organiser');
    expect(await dash.locator('#pf-title').inputValue()).toBe('Principal UX Researcher');

    // The meeting view types notes and ends the meeting (stage → met) meanwhile.
    await meeting.getByRole('textbox', { name: 'Notes' }).fill('Research ops grew out of a museum project.');
    await meeting.getByRole('button', { name: 'End meeting' }).click();
    await meeting.getByTestId('ended').waitFor();

    // Now the dashboard saves its (stale-based) edit: merged, not refused, not overwriting.
    await dash.getByRole('button', { name: 'Save profile' }).click();
    await expect
      .poll(() => dash.getByRole('form', { name: 'Profile' }).getByRole('status').textContent())
      .toMatch(/^Saved/);

    const c = await contact();
    expect((c['edits'] as { title?: string }).title).toBe('Principal UX Researcher');
    expect(c['notes']).toContain('Recommended by the accessibility meetup organiser');
    expect(c['stage']).toBe('met');
    const [interview] = (await dbAll(ext.worker, 'interviews')).filter((i) => i['contactId'] === id);
    expect(interview?.['notes']).toBe('Research ops grew out of a museum project.');
    expect(interview?.['endedAt']).toBeTypeOf('number');
  });

  it('the same field changed in two pages: the later save says so and keeps the typed text; nothing stored is overwritten', async () => {
    await dash.locator('#pf-notes').fill('Rewritten summary of everything so far');
    await addNoteInPopup('Sent the paper she mentioned');
    await dash.getByRole('button', { name: 'Save profile' }).click();
    const status = dash.getByRole('form', { name: 'Profile' }).getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/Not saved: Notes changed in another window/);
    expect(await dash.locator('#pf-notes').inputValue()).toBe('Rewritten summary of everything so far');
    expect((await contact())['notes']).toContain('Sent the paper she mentioned');

    // Saving again is a deliberate choice to replace the other version.
    await dash.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(async () => (await contact())['notes']).toBe('Rewritten summary of everything so far');
  });

  it('a stage change from a popup opened before other pages wrote still applies, without undoing them', async () => {
    const before = await contact();
    await popup.getByLabel('Stage').selectOption('thanked');
    await expect.poll(async () => (await contact())['stage']).toBe('thanked');
    const after = await contact();
    expect(after['notes']).toBe(before['notes']);
    expect(after['edits']).toEqual(before['edits']);
    expect(await popup.getByRole('alert').count()).toBe(0);
  });

  it('sent no request anywhere but the fixtures', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
