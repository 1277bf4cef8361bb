import { describe, expect, it } from 'vitest';
import type { Availability, AvailabilityWindow, Weekday } from '../domain/settings.ts';
import { MIN_LEAD_MS, nextSlots } from './slots.ts';

const weekdays = (start: string, end: string): AvailabilityWindow[] =>
  [1, 2, 3, 4, 5].map((day) => ({ day: day as Weekday, start, end }));
const avail = (timeZone: string, windows: AvailabilityWindow[], meetingMinutes = 20): Availability => ({
  timeZone,
  meetingMinutes,
  windows,
});
const utc = (iso: string) => Date.parse(iso);
const starts = (slots: { start: number }[]) => slots.map((s) => new Date(s.start).toISOString());

describe('nextSlots across daylight-saving changes', () => {
  it.each([
    {
      name: 'Berlin, clocks go forward on Sun 29 Mar 2026: 10:00 local is 09:00Z before, 08:00Z after',
      tz: 'Europe/Berlin',
      now: '2026-03-25T09:00:00Z',
      starts: ['2026-03-26T09:00:00.000Z', '2026-03-27T09:00:00.000Z', '2026-03-30T08:00:00.000Z'],
      labels: ['Thu 26 Mar, 10:00–10:20 CET', 'Fri 27 Mar, 10:00–10:20 CET', 'Mon 30 Mar, 10:00–10:20 CEST'],
    },
    {
      name: 'Berlin, clocks go back on Sun 25 Oct 2026',
      tz: 'Europe/Berlin',
      now: '2026-10-22T07:00:00Z',
      starts: ['2026-10-23T08:00:00.000Z', '2026-10-26T09:00:00.000Z', '2026-10-27T09:00:00.000Z'],
      labels: ['Fri 23 Oct, 10:00–10:20 CEST', 'Mon 26 Oct, 10:00–10:20 CET', 'Tue 27 Oct, 10:00–10:20 CET'],
    },
    {
      name: 'New York, clocks go forward on Sun 8 Mar 2026',
      tz: 'America/New_York',
      now: '2026-03-05T14:00:00Z',
      starts: ['2026-03-06T15:00:00.000Z', '2026-03-09T14:00:00.000Z', '2026-03-10T14:00:00.000Z'],
      labels: ['Fri 6 Mar, 10:00–10:20 EST', 'Mon 9 Mar, 10:00–10:20 EDT', 'Tue 10 Mar, 10:00–10:20 EDT'],
    },
    {
      name: 'New York, clocks go back on Sun 1 Nov 2026',
      tz: 'America/New_York',
      now: '2026-10-29T16:00:00Z',
      starts: ['2026-10-30T14:00:00.000Z', '2026-11-02T15:00:00.000Z', '2026-11-03T15:00:00.000Z'],
      labels: ['Fri 30 Oct, 10:00–10:20 EDT', 'Mon 2 Nov, 10:00–10:20 EST', 'Tue 3 Nov, 10:00–10:20 EST'],
    },
  ])('$name', (c) => {
    const slots = nextSlots(avail(c.tz, weekdays('10:00', '12:00')), utc(c.now));
    expect(starts(slots)).toEqual(c.starts);
    expect(slots.map((s) => s.label)).toEqual(c.labels);
    for (const s of slots) expect(s.end - s.start).toBe(20 * 60_000);
  });

  it('skips wall times that do not exist on a spring-forward night', () => {
    // New York, Sun 8 Mar 2026: 02:00–02:59 never happens.
    const slots = nextSlots(
      avail('America/New_York', [{ day: 0, start: '02:00', end: '03:30' }]),
      utc('2026-03-06T12:00:00Z'),
      1,
    );
    expect(starts(slots)).toEqual(['2026-03-08T07:00:00.000Z']);
    expect(slots[0]!.label).toBe('Sun 8 Mar, 03:00–03:20 EDT');
  });

  it('takes the first of two identical wall times on a fall-back night', () => {
    const slots = nextSlots(
      avail('America/New_York', [{ day: 0, start: '01:00', end: '01:30' }]),
      utc('2026-10-30T12:00:00Z'),
      1,
    );
    expect(starts(slots)).toEqual(['2026-11-01T05:00:00.000Z']);
    expect(slots[0]!.label).toBe('Sun 1 Nov, 01:00–01:20 EDT');
  });

  it('keeps a slot inside a window that ends by wall clock on a fall-back night', () => {
    // Berlin 25 Oct 2026: 02:00–03:00 lasts two real hours, but we still only use the window's wall-clock span.
    const slots = nextSlots(
      avail('Europe/Berlin', [{ day: 0, start: '02:00', end: '02:20' }]),
      utc('2026-10-23T12:00:00Z'),
      3,
    );
    expect(slots[0]!.label).toBe('Sun 25 Oct, 02:00–02:20 CEST');
  });
});

describe('nextSlots rules', () => {
  const berlin = avail('Europe/Berlin', weekdays('10:00', '12:00'));

  it('at the end of a week, moves on to Monday, Tuesday and Wednesday', () => {
    // Fri 27 Nov 2026, 15:00 in Berlin: Friday's window has passed.
    const slots = nextSlots(berlin, utc('2026-11-27T14:00:00Z'));
    expect(slots.map((s) => s.label)).toEqual([
      'Mon 30 Nov, 10:00–10:20 CET',
      'Tue 1 Dec, 10:00–10:20 CET',
      'Wed 2 Dec, 10:00–10:20 CET',
    ]);
  });

  it('never offers a time in the past or within the next 12 hours', () => {
    const now = utc('2026-11-30T06:00:00Z'); // Mon 07:00 Berlin; 10:00 is only 3 hours away
    const slots = nextSlots(berlin, now);
    expect(slots[0]!.label).toBe('Tue 1 Dec, 10:00–10:20 CET');
    for (const s of slots) expect(s.start).toBeGreaterThanOrEqual(now + MIN_LEAD_MS);
  });

  it('starts later in a window when its start is within 12 hours', () => {
    const now = utc('2026-11-29T22:15:00Z'); // Sun 23:15; Mon 11:15 is the first allowed start
    expect(nextSlots(berlin, now, 1)[0]!.label).toBe('Mon 30 Nov, 11:30–11:50 CET');
  });

  it('never crosses the end of a window', () => {
    const tight = avail('UTC', [{ day: 1, start: '10:00', end: '10:40' }], 30);
    const slots = nextSlots(tight, utc('2026-11-26T00:00:00Z'), 2);
    expect(slots.map((s) => s.label)).toEqual(['Mon 30 Nov, 10:00–10:30 UTC', 'Mon 7 Dec, 10:00–10:30 UTC']);
    const tooShort = avail('UTC', [{ day: 1, start: '10:00', end: '10:15' }], 20);
    expect(nextSlots(tooShort, utc('2026-11-26T00:00:00Z'))).toEqual([]);
  });

  it('avoids busy times', () => {
    const now = utc('2026-11-27T14:00:00Z');
    const busy = [{ start: utc('2026-11-30T09:00:00Z'), end: utc('2026-11-30T09:45:00Z') }];
    expect(nextSlots(berlin, now, 1, busy)[0]!.label).toBe('Mon 30 Nov, 11:00–11:20 CET');
  });

  it('prefers different days, and falls back to a second time on a day', () => {
    const mondays = avail('UTC', [{ day: 1, start: '10:00', end: '11:00' }]);
    const now = utc('2026-11-26T00:00:00Z');
    expect(nextSlots(mondays, now, 3).map((s) => s.label)).toEqual([
      'Mon 30 Nov, 10:00–10:20 UTC',
      'Mon 7 Dec, 10:00–10:20 UTC',
      'Mon 14 Dec, 10:00–10:20 UTC',
    ]);
    const oneMonday = avail('UTC', [{ day: 1, start: '10:00', end: '11:00' }]);
    expect(nextSlots(oneMonday, now, 6).length).toBe(6); // 4 Mondays in 28 days + second times
  });

  it('uses the configured meeting length, 20 minutes when it is unusable', () => {
    expect(nextSlots({ ...berlin, meetingMinutes: 45 }, utc('2026-11-27T14:00:00Z'), 1)[0]!.label).toBe(
      'Mon 30 Nov, 10:00–10:45 CET',
    );
    expect(nextSlots({ ...berlin, meetingMinutes: Number.NaN }, utc('2026-11-27T14:00:00Z'), 1)[0]!.label).toBe(
      'Mon 30 Nov, 10:00–10:20 CET',
    );
  });

  it('falls back to UTC for an unknown zone and ignores malformed windows', () => {
    const a = avail('Mars/Olympus', [
      { day: 1, start: '25:00', end: '26:00' },
      { day: 1, start: '09:00', end: '10:00' },
    ]);
    expect(nextSlots(a, utc('2026-11-26T00:00:00Z'), 1)[0]!.label).toBe('Mon 30 Nov, 09:00–09:20 UTC');
  });

  it('writes a zone without a common abbreviation as an offset', () => {
    const a = avail('Asia/Kolkata', weekdays('15:00', '16:00'));
    expect(nextSlots(a, utc('2026-11-27T14:00:00Z'), 1)[0]!.label).toBe('Mon 30 Nov, 15:00–15:20 GMT+5:30');
  });

  it('returns nothing when there are no windows', () => {
    expect(nextSlots(avail('UTC', []), 0)).toEqual([]);
  });
});
