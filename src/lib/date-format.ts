// The one place dates and times become text: slot labels, the timeline, reminders, time pickers
// and the dates inside drafts. Every caller passes the same style (the reader's locale and the
// user's 12/24-hour choice), so a date reads the same on every page.

import { zoneAbbreviation } from './zoned-time.ts';

/** How times are shown everywhere: the locale's own habit, or always 12- or 24-hour (a setting). */
export const CLOCK_CHOICES = ['auto', '12h', '24h'] as const;
export type ClockChoice = (typeof CLOCK_CHOICES)[number];

export interface DateStyle {
  /** A BCP 47 tag: the browser's locale for the user's own pages, the draft language in a draft. */
  locale: string;
  clock: ClockChoice;
  /** IANA zone to show times in; the runtime's own zone when absent. */
  timeZone?: string;
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(style: DateStyle, fields: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([style.locale, style.clock, style.timeZone ?? '', fields]);
  let f = cache.get(key);
  if (!f) {
    const clock: Intl.DateTimeFormatOptions =
      style.clock === '12h' ? { hourCycle: 'h12' } : style.clock === '24h' ? { hourCycle: 'h23' } : {};
    const options = { ...fields, ...(fields.hour ? clock : {}), timeZone: style.timeZone };
    try {
      f = new Intl.DateTimeFormat(style.locale, options);
    } catch {
      // A damaged locale or zone must not take a page down: fall back to the runtime's own.
      f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: undefined });
    }
    cache.set(key, f);
  }
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** "Mon 7 Dec" (en-GB), "Mon, Dec 7" (en-US), "lun. 7 déc." (fr). */
export function formatDay(at: number, style: DateStyle): string {
  return formatter(style, DAY).format(at);
}

/** "Mon 7 Dec, 10:00–10:20 CET": a meeting time to offer, with the zone it is written in. */
export function formatSlot(start: number, end: number, style: DateStyle & { timeZone: string }): string {
  const range = formatter(style, TIME).formatRange(start, end);
  return `${formatDay(start, style)}, ${range} ${zoneAbbreviation(style.timeZone, start)}`;
}

/** "Fri, 4 Dec 2026, 13:35" (en-GB): a moment in the timeline, a reminder, a meeting. */
export function formatDateTime(at: number, style: DateStyle): string {
  return formatter(style, { ...DAY, year: 'numeric', ...TIME }).format(at);
}

/** "4 Dec 2026": a day without a time, as in a note's date stamp. */
export function formatDate(at: number, style: DateStyle): string {
  return formatter(style, { day: 'numeric', month: 'short', year: 'numeric' }).format(at);
}

/** "14:30" or "2:30 PM" for a wall-clock "HH:MM"; the input itself if it is not one. */
export function formatClockTime(hhmm: string, style: DateStyle): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return hhmm;
  return formatter({ ...style, timeZone: 'UTC' }, TIME).format(Date.UTC(2000, 0, 3, Number(m[1]), Number(m[2])));
}
