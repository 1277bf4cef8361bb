import { describe, expect, it } from 'vitest';
import type { Reminder } from '../domain/contact.ts';
import {
  alarmName,
  badgeText,
  dashboardPath,
  dueNewestFirst,
  notificationText,
  reminderIdOf,
  upcoming,
} from './reminder-logic.ts';

const H = 3_600_000;
const r = (id: string, dueAt: number, over: Partial<Reminder> = {}): Reminder => ({
  id,
  contactId: 'c',
  kind: 'thank-you',
  dueAt,
  text: '',
  done: false,
  snoozedUntil: null,
  interviewId: null,
  ...over,
});

describe('reminder selection', () => {
  const list = [
    r('old', 1 * H),
    r('new', 5 * H),
    r('done', 4 * H, { done: true }),
    r('snoozed', 2 * H, { snoozedUntil: 20 * H }),
    r('later', 30 * H),
  ];
  it('due: open and past their (snoozed) time, newest first', () => {
    expect(dueNewestFirst(list, 10 * H).map((x) => x.id)).toEqual(['new', 'old']);
    expect(dueNewestFirst(list, 25 * H).map((x) => x.id)).toEqual(['snoozed', 'new', 'old']);
  });
  it('upcoming: open and ahead, soonest first', () => {
    expect(upcoming(list, 10 * H).map((x) => x.id)).toEqual(['snoozed', 'later']);
  });
  it('badge text', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(150)).toBe('99+');
  });
});

describe('alarms and notifications', () => {
  it('maps alarm names to reminder ids and back', () => {
    expect(reminderIdOf(alarmName('abc'))).toBe('abc');
    expect(reminderIdOf('menus')).toBeNull();
  });
  it('says who and when', () => {
    const met = Date.UTC(2026, 2, 10, 15);
    const now = Date.UTC(2026, 2, 11, 9);
    expect(notificationText({ kind: 'thank-you', text: '' }, 'Ada Quarry', met, now, 'UTC').message).toBe(
      'Send a thank-you to Ada Quarry — you met yesterday',
    );
    expect(
      notificationText({ kind: 'follow-up', text: '' }, 'Ada Quarry', met, Date.UTC(2026, 5, 10), 'UTC').message,
    ).toContain('you met in March');
    expect(notificationText({ kind: 'custom', text: 'Send the paper' }, 'Ada', undefined, now, 'UTC').message).toBe(
      'Send the paper',
    );
  });
  it('no reply yet, and keep in touch', () => {
    const sent = Date.UTC(2026, 2, 2, 9);
    const now = Date.UTC(2026, 2, 9, 9);
    expect(notificationText({ kind: 'no-reply', text: '' }, 'Ada Quarry', sent, now, 'UTC')).toEqual({
      title: 'Coffee Chat: no reply yet',
      message: 'No reply from Ada Quarry since you wrote in March. A short, polite follow-up is ready',
    });
    expect(notificationText({ kind: 'keep-in-touch', text: '' }, 'Ada Quarry', undefined, now, 'UTC').message).toBe(
      'Time to catch up with Ada Quarry: a follow-up draft is ready',
    );
  });
  it('opens the dashboard on the contact', () => {
    expect(dashboardPath('c1', 'r1')).toBe('src/dashboard/index.html?contact=c1&reminder=r1');
  });
});
