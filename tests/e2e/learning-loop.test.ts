// The learning loop in the built extension: a meeting ends with a new question and a debrief;
// the person they suggested is saved; the popup on that person offers the question, marked with
// where it came from; the journal shows the takeaway and the fit scores; "who next" lists the
// suggested person; a contact at "reached out" gets its no-reply reminder when the alarm's own
// time comes (fired with that time, not after a real week). Synthetic people only.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_URL, demoPages } from '../../scripts/lib/demo.ts';
import { type Extension, launchExtension } from '../../scripts/lib/launch.ts';
import { seriousInBothSchemes } from './support/axe.ts';
import { nameOf, dbAll as readStore } from './support/store.ts';

declare const chrome: {
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
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
};

const FIRST = 'Lena Marchetti'; // the demo profile (made up)
const REFERRED = 'Ottilie Brackenridge'; // made up; served from the demo page with her name
const REFERRED_URL = 'https://www.linkedin.com/in/ottilie-brackenridge-demo/';
const QUESTION = 'How do you recruit participants for diary studies?';
const TAKEAWAY = 'Research ops is a real job';
const SHOTS = process.env.LEARNING_LOOP_SHOTS ?? '/tmp/ll-shots';

function pages(): Record<string, string> {
  const demo = readFileSync('tests/fixtures/pages/demo-profile.html', 'utf8');
  return {
    ...demoPages(),
    [REFERRED_URL]: demo.replaceAll(FIRST, REFERRED).replaceAll('lena-marchetti-demo', 'ottilie-brackenridge-demo'),
  };
}

describe('the learning loop after a meeting', () => {
  let ext: Extension;
  let firstId = '';
  let ended: Page | null = null; // the meeting window after the end, checked for accessibility on its own
  const dbAll = (store: string) => readStore(ext.worker, store);
  const dashboard = (query: string) => ext.openPage(`src/dashboard/index.html?${query}`, { width: 1280, height: 900 });

  beforeAll(async () => {
    ext = await launchExtension({ pages: pages() });
    const site = await ext.openSite(DEMO_URL);
    await ext.clickToolbar(DEMO_URL);
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

  it('meeting 1 ends with a new question and a debrief, and the suggested person is saved', async () => {
    const page = await dashboard(`contact=${firstId}`);
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByText('Meeting booked').waitFor();
    const opened = ext.context.waitForEvent('page', (p) => p.url().includes('/src/meeting/'));
    await page.getByRole('status').getByRole('button', { name: 'Start meeting' }).click();
    const meeting: Page = await opened;
    await meeting.setViewportSize({ width: 560, height: 900 });
    await meeting.locator('.mt-clock').waitFor();
    await page.close();

    await meeting.getByLabel('Name', { exact: true }).fill(REFERRED);
    await meeting.getByLabel('Profile link (optional)').fill(REFERRED_URL);
    await meeting.getByRole('button', { name: 'Add name' }).click();
    await meeting.getByTestId('debrief-who-next').getByText(REFERRED).waitFor();

    await meeting.getByLabel('Takeaways').fill(`${TAKEAWAY}\nPortfolios matter more than titles`);
    const fit = meeting.getByTestId('debrief');
    await fit.getByRole('group', { name: 'My skills' }).getByRole('radio', { name: '4' }).check();
    await fit.getByRole('group', { name: 'My values' }).getByRole('radio', { name: '5' }).check();
    await fit.getByRole('group', { name: 'My interests' }).getByRole('radio', { name: '3' }).check();
    await meeting.getByLabel('Note on my skills').fill('Interviewing transfers directly');
    await meeting.getByLabel('What I still need to find out').fill('How teams are funded');
    await meeting.getByLabel('New questions').fill(QUESTION);
    await meeting.getByLabel('What do they care about?').fill('Making research ops a recognised career');
    await expect.poll(() => meeting.getByTestId('save-state').textContent()).toBe('All changes saved');
    await meeting.getByRole('button', { name: 'End meeting' }).click();
    await meeting.getByTestId('ended').waitFor();
    await meeting.locator('#mt-end-h').scrollIntoViewIfNeeded();
    await meeting.screenshot({ path: `${SHOTS}/debrief.png`, fullPage: true });
    ended = meeting;

    const [interview] = (await dbAll('interviews')).filter((i) => i['contactId'] === firstId);
    expect(interview?.['debrief']).toMatchObject({
      fit: {
        skills: { score: 4, note: 'Interviewing transfers directly' },
        values: { score: 5 },
        interests: { score: 3 },
      },
      toFindOut: 'How teams are funded',
    });
    const carried = await dbAll('carried');
    expect(carried).toMatchObject([{ text: QUESTION, contactId: firstId, interviewId: interview!.id, status: 'open' }]);
    const contacts = await dbAll('contacts');
    expect(contacts.find((c) => c.id === firstId)?.['caresAbout']).toBe('Making research ops a recognised career');
    const ottilie = contacts.find((c) => nameOf(c) === REFERRED);
    expect(ottilie?.['referredBy']).toBe(firstId);
    expect(String(ottilie?.['profileUrl'])).toContain('ottilie-brackenridge-demo');
  });

  it('the debrief has no serious accessibility findings, light or dark', async () => {
    expect(await seriousInBothSchemes(ended!, 'debrief')).toEqual([]);
    await ended!.close();
  });

  it("the debrief can be edited later from the contact's page", async () => {
    const page = await dashboard(`contact=${firstId}`);
    const loop = page.getByTestId('loop');
    await loop.getByText(/^Debrief of /).click();
    const takeaways = loop.getByLabel('Takeaways');
    await expect.poll(() => takeaways.inputValue()).toContain(TAKEAWAY);
    expect(await loop.getByLabel('What do they care about?').inputValue()).toBe(
      'Making research ops a recognised career',
    );
    await loop.getByLabel('What I still need to find out').fill('How teams are funded; who sets the research budget');
    await expect
      .poll(async () => {
        const [iv] = (await dbAll('interviews')).filter((i) => i['contactId'] === firstId);
        return (iv?.['debrief'] as { toFindOut?: string } | undefined)?.toFindOut;
      })
      .toBe('How teams are funded; who sets the research budget');
    await page.close();
  });

  it('the popup on the suggested person offers the carried question, marked with its origin', async () => {
    const site = await ext.openSite(REFERRED_URL);
    await ext.clickToolbar(REFERRED_URL);
    const popup = await ext.openPopupFor(site);
    await expect.poll(() => popup.getByTestId('profile-name').textContent()).toBe(REFERRED);
    const group = popup.getByTestId('carried-questions');
    await group.getByText(QUESTION).waitFor();
    const [carried] = await dbAll('carried');
    const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(carried!['at'] as number);
    expect(await group.getByTestId('carried-origin').textContent()).toBe(
      `From your chat with ${FIRST}, ${day} · same organisation`,
    );
    // Ticking it puts it in the plan, once (not again under "your own questions").
    await popup.screenshot({ path: `${SHOTS}/popup-carried.png`, fullPage: true });
    const box = group.getByRole('checkbox', { name: new RegExp(QUESTION.slice(0, 20)) });
    await box.check();
    await expect.poll(() => box.isChecked()).toBe(true);
    expect(await popup.getByRole('checkbox', { name: new RegExp(QUESTION.slice(0, 20)) }).count()).toBe(1);
    expect(await popup.getByRole('group', { name: 'Your own questions' }).count()).toBe(0);
    await popup.close();
    await site.close();
  });

  it('the journal shows the takeaway and the fit scores', async () => {
    const journal = await dashboard('view=learned');
    const takeaways = journal.getByTestId('takeaway-group').first();
    await takeaways.getByText(TAKEAWAY).waitFor();
    expect(await takeaways.textContent()).toContain(FIRST);
    const chart = journal.getByTestId('fit-chart');
    expect(await chart.locator('svg').getAttribute('aria-label')).toMatch(/My skills 4, My values 5, My interests 3/);
    expect(await chart.locator('circle').count()).toBe(3);
    expect(await journal.getByTestId('open-questions').textContent()).toContain(QUESTION);
    await journal.screenshot({ path: `${SHOTS}/journal.png`, fullPage: true });
    expect(await seriousInBothSchemes(journal, 'journal')).toEqual([]);
    await journal.close();
  });

  it('who next lists the suggested person, with who suggested them', async () => {
    const next = await dashboard('view=next');
    const referred = next.getByTestId('who-next-referred');
    await referred.getByText(REFERRED).waitFor();
    expect(await referred.textContent()).toContain(`Suggested by ${FIRST}; not contacted yet`);
    await next.screenshot({ path: `${SHOTS}/who-next.png`, fullPage: true });
    expect(await seriousInBothSchemes(next, 'who next')).toEqual([]);
    await next.close();
  });

  it('a contact at "reached out" gets its no-reply reminder when the alarm time comes', async () => {
    const ottilie = (await dbAll('contacts')).find((c) => c['referredBy'] === firstId)!;
    const page = await dashboard(`contact=${ottilie.id}`);
    await page.locator('#cc-stage').selectOption('reached-out');
    await expect.poll(async () => (await dbAll('reminders')).filter((r) => r['kind'] === 'no-reply').length).toBe(2);
    await page.close();
    const nudges = (await dbAll('reminders'))
      .filter((r) => r['kind'] === 'no-reply')
      .sort((a, b) => (a['dueAt'] as number) - (b['dueAt'] as number));
    const reachedOutAt = (await dbAll('contacts')).find((c) => c.id === ottilie.id)!['reachedOutAt'] as number;
    // Seven days later, at the same wall-clock time (the user's zone), and an alarm set for it.
    const tz = await ext.worker.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const clock = (ms: number) => new Intl.DateTimeFormat('en-GB', { timeZone: tz, timeStyle: 'short' }).format(ms);
    const first = nudges[0]!;
    expect(clock(first['dueAt'] as number)).toBe(clock(reachedOutAt));
    expect(Math.round(((first['dueAt'] as number) - reachedOutAt) / 86_400_000)).toBe(7);
    await expect
      .poll(
        async () =>
          (await ext.worker.evaluate(() => chrome.alarms.getAll())).find((a) => a.name === `reminder:${first.id}`)
            ?.scheduledTime,
      )
      .toBe(first['dueAt']);

    // The alarm fires at its own time.
    const fired = await ext.worker.evaluate(([id, now]) => coffeeChat.fireReminderAlarm(`reminder:${id}`, now), [
      first.id,
      first['dueAt'] as number,
    ] as const);
    expect(fired?.title).toBe('Coffee Chat: no reply yet');
    expect(fired?.message).toMatch(
      new RegExp(`^No reply from ${REFERRED} since you wrote .+\\. A short, polite follow-up is ready$`),
    );

    // Its click opens the contact with the follow-up draft; "They replied" stops the nudges.
    const opened = ext.context.waitForEvent('page', (p) => p.url().includes('/src/dashboard/'));
    await ext.worker.evaluate((id) => coffeeChat.openReminderNotification(id), fired!.notificationId);
    const detail = await opened;
    const body = detail.getByTestId('no-reply-body');
    await expect.poll(() => body.textContent()).toContain('I wanted to follow up on the note');
    await detail.getByTestId('loop').scrollIntoViewIfNeeded();
    await detail.screenshot({ path: `${SHOTS}/contact-no-reply.png`, fullPage: true });
    expect(await seriousInBothSchemes(detail, 'contact')).toEqual([]);
    expect(await body.textContent()).toContain('Hi Ottilie,');
    await detail.getByTestId('no-reply').getByRole('button', { name: 'They replied' }).click();
    await expect
      .poll(async () => (await dbAll('reminders')).filter((r) => r['kind'] === 'no-reply' && !r['done']).length)
      .toBe(0);
    await detail.close();
  });

  it('sent no request anywhere but the fixtures', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
