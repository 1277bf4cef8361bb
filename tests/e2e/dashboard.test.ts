// The second half of the article, in the built extension: schedule → meeting → referrals →
// reminders → thank-you and follow-up drafts. Synthetic people only.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extension } from '../../scripts/lib/launch.ts';
import { launchOnDemo } from './support/demo.ts';
import { nameOf, type Row, dbAll as readStore } from './support/store.ts';

// Run in the extension's service worker.
declare const chrome: {
  action: { getBadgeText(d: object): Promise<string> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]>; clearAll(): Promise<boolean> };
};
declare const coffeeChat: {
  saveContactFromMenu(
    t: { linkUrl: string | null; frameId: number },
    tabId: number,
    now: number,
  ): Promise<{ ok: boolean; contact?: { id: string } }>;
  fireReminderAlarm(
    name: string,
    now?: number,
  ): Promise<{ notificationId: string; title: string; message: string } | null>;
  openReminderNotification(id: string): Promise<string | null>;
  rebuildReminders(now?: number): Promise<void>;
};

const FIRST = 'Lena Marchetti'; // the demo profile (made up)
const REFERRED = ['Ottilie Brackenridge', 'Casimir Thornwhistle'];
const OUTCOME = 'Walked me through how their team runs diary studies';

describe('dashboard, meeting view, referrals and reminders', () => {
  let ext: Extension;
  let firstId = '';
  const dbAll = (store: string) => readStore(ext.worker, store);
  const dashboard = (query: string) => ext.openPage(`src/dashboard/index.html?${query}`, { width: 1280, height: 900 });

  async function scheduleAndStart(contactId: string): Promise<Page> {
    const page = await dashboard(`contact=${contactId}`);
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByText('Meeting booked').waitFor();
    await expect.poll(() => page.locator('#cc-stage').inputValue()).toBe('scheduled');
    const opened = ext.context.waitForEvent('page', (p) => p.url().includes('/src/meeting/'));
    await page.getByRole('status').getByRole('button', { name: 'Start meeting' }).click();
    const meeting = await opened;
    await meeting.locator('.mt-clock').waitFor();
    await page.close();
    return meeting;
  }

  async function noSeriousViolations(page: Page) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page: page as never }).analyze();
      const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${scheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }

  beforeAll(async () => {
    const demo = await launchOnDemo();
    ext = demo.ext;
    const site = demo.site;
    const tabId = await ext.tabIdOf(site);
    const saved = await ext.worker.evaluate(
      ([id]) => coffeeChat.saveContactFromMenu({ linkUrl: null, frameId: 0 }, id, Date.now()),
      [tabId] as const,
    );
    expect(saved.ok).toBe(true);
    firstId = saved.contact!.id;
    await site.close();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('schedules an interview for a saved contact and offers an .ics invite', async () => {
    const page = await dashboard(`contact=${firstId}`);
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe(FIRST);
    // The plan starts with the most important question; add the first idea to it.
    const bring = page.locator('fieldset', { hasText: 'Questions to bring' });
    expect(await bring.getByRole('checkbox', { name: /Who else would you suggest/ }).isChecked()).toBe(true);
    await bring.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download invite (.ics)' }).click();
    const stream = await (await download).createReadStream();
    let ics = '';
    for await (const chunk of stream) ics += chunk;
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(`SUMMARY:Coffee chat with ${FIRST}`);
    await expect.poll(() => page.locator('#cc-stage').inputValue()).toBe('scheduled');
    const [interview] = (await dbAll('interviews')).filter((i) => i['contactId'] === firstId);
    expect(interview).toBeDefined();
    await page.close();
  });

  it('runs the meeting: questions, notes that survive closing, two referred names, end', async () => {
    const page = await dashboard(`contact=${firstId}`);
    const opened = ext.context.waitForEvent('page', (p) => p.url().includes('/src/meeting/'));
    await page.getByTestId('interview').getByRole('button', { name: 'Start meeting' }).click();
    let meeting = await opened;
    const url = meeting.url();
    await meeting.locator('.mt-clock').waitFor();
    const boxes = meeting.locator('.mt-questions input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThanOrEqual(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await meeting
      .getByRole('textbox', { name: 'Notes' })
      .fill('Started in architecture; moved to research through a museum project.');
    await expect.poll(() => meeting.getByTestId('save-state').textContent()).toBe('All changes saved');
    await meeting.close();

    meeting = await ext.context.newPage();
    await meeting.goto(url);
    await expect.poll(() => meeting.getByRole('textbox', { name: 'Notes' }).inputValue()).toContain('museum project');
    expect(await meeting.locator('.mt-questions input[type=checkbox]').nth(0).isChecked()).toBe(true);
    expect(await meeting.locator('.mt-questions input[type=checkbox]').nth(1).isChecked()).toBe(true);

    await meeting.getByLabel('Name', { exact: true }).fill(REFERRED[0]!);
    await meeting.getByLabel('Profile link (optional)').fill('https://www.linkedin.com/in/ottilie-brackenridge-demo/');
    await meeting.getByRole('button', { name: 'Add name' }).click();
    await meeting.getByTestId('referred-names').getByText(REFERRED[0]!).waitFor();
    await meeting.getByLabel('Name', { exact: true }).fill(REFERRED[1]!);
    await meeting.getByRole('button', { name: 'Add name' }).click();
    await meeting.getByTestId('referred-names').getByText(REFERRED[1]!).waitFor();
    await meeting.getByLabel('Takeaways').fill('Research ops is a real job\nPortfolios matter more than titles');
    await meeting.getByRole('button', { name: 'End meeting' }).click();
    await meeting.getByTestId('ended').waitFor();
    await noSeriousViolations(meeting);
    await meeting.close();
    await page.close();
  });

  it('turns the names into contacts referred by the first, shows the chain, sets a thank-you for the next day', async () => {
    const contacts = await dbAll('contacts');
    const referred = contacts.filter((c) => c['referredBy'] === firstId);
    expect(referred.map(nameOf).sort()).toEqual([...REFERRED].sort());
    const referrals = (await dbAll('referrals')).filter((r) => r['fromContactId'] === firstId);
    expect(referrals).toHaveLength(2);
    expect(contacts.find((c) => c.id === firstId)?.['stage']).toBe('met');

    const [interview] = (await dbAll('interviews')).filter((i) => i['contactId'] === firstId);
    const endedAt = interview!['endedAt'] as number;
    const reminders = (await dbAll('reminders')).filter((r) => r['contactId'] === firstId);
    const thanks = reminders.find((r) => r['kind'] === 'thank-you')!;
    expect(thanks).toBeDefined();
    const tz = await ext.worker.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const day = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: tz, dateStyle: 'short' }).format(ms);
    expect(day(thanks['dueAt'] as number)).toBe(day(endedAt + 86_400_000));
    expect(
      new Intl.DateTimeFormat('en-GB', { timeZone: tz, timeStyle: 'short' }).format(thanks['dueAt'] as number),
    ).toBe('09:00');
    expect(reminders.some((r) => r['kind'] === 'follow-up')).toBe(true);

    // An alarm per reminder, and rebuilt from the store after they are lost (browser start, update).
    const alarms = () => ext.worker.evaluate(() => chrome.alarms.getAll());
    expect((await alarms()).find((a) => a.name === `reminder:${thanks.id}`)?.scheduledTime).toBe(thanks['dueAt']);
    await ext.worker.evaluate(() => chrome.alarms.clearAll());
    await ext.worker.evaluate(() => coffeeChat.rebuildReminders());
    expect((await alarms()).filter((a) => a.name.startsWith('reminder:'))).toHaveLength(reminders.length);

    const tree = await dashboard('view=tree');
    const root = tree.getByTestId('tree-node').filter({ hasText: FIRST }).first();
    await root.waitFor();
    for (const n of REFERRED) await expect.poll(() => root.locator('ul').getByText(n).count()).toBe(1);
    await noSeriousViolations(tree);
    await tree.close();
  });

  it('fires the thank-you alarm: notification, badge, and its click opens the draft', async () => {
    const thanks = (await dbAll('reminders')).find((r) => r['contactId'] === firstId && r['kind'] === 'thank-you')!;
    const due = (thanks['dueAt'] as number) + 1000;
    const fired = await ext.worker.evaluate(([id, now]) => coffeeChat.fireReminderAlarm(`reminder:${id}`, now), [
      thanks.id,
      due,
    ] as const);
    expect(fired?.message).toBe(`Send a thank-you to ${FIRST} — you met yesterday`);
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');

    const opened = ext.context.waitForEvent('page', (p) => p.url().includes('/src/dashboard/'));
    const url = await ext.worker.evaluate((id) => coffeeChat.openReminderNotification(id), fired!.notificationId);
    const page = await opened;
    expect(page.url()).toBe(url);
    await expect.poll(() => page.getByTestId('draft-subject').textContent()).toContain('Thank you for your time');
    const body = await page.getByTestId('draft-body').textContent();
    for (const n of REFERRED) expect(body).toContain(n);
    await noSeriousViolations(page);
    await page.close();

    // Not due yet in real time (the alarm was fired "tomorrow"): the view shows its empty state.
    const duePage = await dashboard('view=reminders');
    await duePage.getByText('Nothing due.').waitFor();
    await noSeriousViolations(duePage);
    await duePage.close();
  });

  it('after meeting a referred person, the follow-up to the first contact tells what came of it', async () => {
    const ottilie = (await dbAll('contacts')).find((c) => c['referredBy'] === firstId && c['profileUrl'])!;
    const meeting = await scheduleAndStart(ottilie.id);
    await meeting.getByLabel('Takeaways').fill(OUTCOME);
    await meeting.getByRole('button', { name: 'End meeting' }).click();
    await meeting.getByTestId('ended').waitFor();
    await meeting.close();

    const page = await dashboard(`contact=${firstId}`);
    await page.getByRole('combobox', { name: 'Message', exact: true }).selectOption('followUp');
    await expect
      .poll(() => page.getByTestId('draft-body').textContent())
      .toContain(`I met ${REFERRED[0]}: ${OUTCOME}.`);
    expect(await page.getByTestId('draft-body').textContent()).toContain(
      `I haven't yet managed to meet ${REFERRED[1]}`,
    );
    await page.close();
  });

  it('searches from the first letter, every word a prefix, within the chosen stage', async () => {
    const page = await dashboard('');
    const search = page.getByLabel('Search contacts');
    const rows = () => page.locator('.cc-list .cc-row-name').allTextContents();
    const count = () => page.getByTestId('list-count').textContent();
    await search.fill('o');
    await expect.poll(count).not.toContain('Preparing');
    expect(await rows()).toContain(REFERRED[0]);
    await search.fill('OT b'); // one- and two-letter words: each must start a word of the name or company
    await expect.poll(rows).toEqual([REFERRED[0]]);
    expect(await count()).toBe('1 contact');
    await search.fill('ca');
    await expect.poll(rows).toContain(REFERRED[1]);

    // Met, with a word of the name or company starting with "l" (Lena Marchetti, met above).
    const company = (c: Row) =>
      (c['edits'] as { company?: string } | undefined)?.company ??
      (c['captured'] as { current?: { company?: string } } | null | undefined)?.current?.company ??
      '';
    const startsL = (c: Row) =>
      `${nameOf(c)} ${company(c)}`
        .toLowerCase()
        .split(/[\s\p{P}]+/u)
        .some((w) => w.startsWith('l'));
    const expected = (await dbAll('contacts')).filter((c) => c['stage'] === 'met' && startsL(c)).map((c) => nameOf(c)!);
    expect(expected).toContain(FIRST);
    await page
      .getByRole('navigation', { name: 'Pipeline by stage' })
      .getByRole('button', { name: /^Met\b/ })
      .click();
    await search.fill('L');
    await expect.poll(async () => (await rows()).sort()).toEqual(expected.sort());
    await page.close();
  });

  it('sent no request anywhere but the fixtures', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
