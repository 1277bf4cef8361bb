// When the reminders set at the end of a meeting fall due: the thank-you the next day at the
// user's chosen time, the follow-up N months later at the same time, in the user's own zone
// (not the browser's: someone travelling still gets it at 09:00 at home).

import { isValidTimeZone, wallTime, wallToInstant } from '../lib/zoned-time.ts';
import type { ReminderSettings } from './settings.ts';

function hhmm(time: string): [number, number] {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  const h = m ? Number(m[1]) : 9;
  const min = m ? Number(m[2]) : 0;
  return h < 24 && min < 60 ? [h, min] : [9, 0];
}

/** The instant the zone's clocks show `time` on the date `days` days and `months` months after `from`. */
function later(from: number, timeZone: string, time: string, days: number, months: number): number {
  const tz = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const w = wallTime(tz, from);
  // Date.UTC normalises overflow (31 Jan + 1 month → 3 Mar); good enough for a reminder.
  const d = new Date(Date.UTC(w.year, w.month - 1 + months, w.day + days));
  const [h, m] = hhmm(time);
  const at = wallToInstant(tz, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), h, m);
  // A time skipped by a daylight-saving change: an hour later exists.
  return (
    at ??
    wallToInstant(tz, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), h + 1, m) ??
    from + days * 86_400_000
  );
}

export function thankYouDue(metAt: number, r: ReminderSettings, timeZone: string): number | null {
  return r.thankYou.enabled ? later(metAt, timeZone, r.thankYou.time, 1, 0) : null;
}

export function followUpDue(metAt: number, r: ReminderSettings, timeZone: string): number | null {
  if (!r.followUp.enabled || r.followUp.months < 1) return null;
  return later(metAt, timeZone, r.thankYou.time, 0, Math.round(r.followUp.months));
}
