// Concrete meeting times to offer, from the user's weekly windows in their own time zone.
// Wall-clock times are turned into instants through Intl (lib/zoned-time.ts), so a window
// "10:00–12:00" stays 10:00–12:00 local on both sides of a daylight-saving change.

import type { Availability } from '../domain/settings.ts';
import { type DateStyle, formatSlot } from '../lib/date-format.ts';
import { isValidTimeZone, wallTime, wallToInstant } from '../lib/zoned-time.ts';

export interface Slot {
  start: number;
  end: number;
  label: string;
}

export interface Busy {
  start: number;
  end: number;
}

/** Never offer a time sooner than this: the other person needs a chance to read and reply. */
export const MIN_LEAD_MS = 12 * 3_600_000;
/** Candidate starts are on a half-hour grid from the window's start: times people propose. */
const STEP_MIN = 30;
const SEARCH_DAYS = 28;

/** How labels read when the caller does not say: British English, the locale's own clock. */
export const DEFAULT_SLOT_STYLE: Omit<DateStyle, 'timeZone'> = { locale: 'en-GB', clock: 'auto' };

function minutesOf(hhmm: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return null;
  const v = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && v <= 24 * 60 ? v : null;
}

/** "Tue 3 Dec, 14:00–14:20 CET", in the zone the availability is written in, in the reader's style. */
export function slotLabel(
  start: number,
  end: number,
  timeZone: string,
  style: Omit<DateStyle, 'timeZone'> = DEFAULT_SLOT_STYLE,
): string {
  return formatSlot(start, end, { ...style, timeZone });
}

export function meetingMinutes(a: Availability): number {
  const m = a.meetingMinutes;
  return Number.isFinite(m) && m >= 5 && m <= 240 ? Math.round(m) : 20;
}

/**
 * The next `count` free slots. One per day first, so the other person gets a choice of days;
 * only if the coming four weeks have too few days does a day offer a second time.
 */
export function nextSlots(
  availability: Availability,
  now: number,
  count = 3,
  busy: Busy[] = [],
  style: Omit<DateStyle, 'timeZone'> = DEFAULT_SLOT_STYLE,
): Slot[] {
  const tz = isValidTimeZone(availability.timeZone) ? availability.timeZone : 'UTC';
  const minutes = meetingMinutes(availability);
  const earliest = now + MIN_LEAD_MS;
  const today = wallTime(tz, earliest);
  const perDay: number[][] = [];
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + i));
    const [y, mo, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const starts: number[] = [];
    const windows = availability.windows
      .filter((w) => w.day === date.getUTCDay())
      .sort((p, q) => (minutesOf(p.start) ?? 0) - (minutesOf(q.start) ?? 0));
    for (const w of windows) {
      const from = minutesOf(w.start);
      const to = minutesOf(w.end);
      if (from === null || to === null || to <= from) continue;
      const windowEnd = wallToInstant(tz, y, mo, d, Math.floor(to / 60), to % 60);
      for (let t = from; t + minutes <= to; t += STEP_MIN) {
        const start = wallToInstant(tz, y, mo, d, Math.floor(t / 60), t % 60);
        if (start === null || windowEnd === null) continue; // skipped by a spring-forward change
        const end = start + minutes * 60_000;
        if (start < earliest || end > windowEnd) continue;
        if (busy.some((b) => start < b.end && b.start < end)) continue;
        starts.push(start);
      }
    }
    perDay.push(starts);
  }
  const chosen = perDay.flatMap((s) => s.slice(0, 1)).slice(0, count);
  if (chosen.length < count) {
    const rest = perDay.flatMap((s) => s.slice(1)).filter((s) => !chosen.includes(s));
    chosen.push(...rest.slice(0, count - chosen.length));
  }
  return chosen
    .sort((a, b) => a - b)
    .map((start) => {
      const end = start + minutes * 60_000;
      return { start, end, label: slotLabel(start, end, tz, style) };
    });
}
