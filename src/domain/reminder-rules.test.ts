import { describe, expect, it } from 'vitest';
import type { Reminder } from './contact.ts';
import { alarmName, badgeText, dueNewestFirst, reminderIdOf, upcoming } from './reminder-rules.ts';

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

describe('alarms', () => {
  it('maps alarm names to reminder ids and back', () => {
    expect(reminderIdOf(alarmName('abc'))).toBe('abc');
    expect(reminderIdOf('menus')).toBeNull();
  });
});
