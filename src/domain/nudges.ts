// When the learning loop's reminders fall due: pure rules, shared by the store (which writes the
// reminders in the same transaction as the change that calls for them) and its tests. Times are
// wall-clock times in the user's zone, so a nudge set at 10:00 before a daylight-saving change
// still comes at 10:00 after it. Reminders are stored records with absolute due times, so a
// browser restart changes nothing: the alarms are rebuilt from them (extension/reminder-alarms.ts).

import { isValidTimeZone, wallTime, wallToInstant } from '../lib/zoned-time.ts';
import type { Contact, Reminder } from './contact.ts';

/** Days at "reached out" without a reply before the first nudge (the second comes as long again after). */
export const NO_REPLY_DAYS = 7;
/** The article's limit: one polite follow-up, then another at most. */
export const MAX_NO_REPLY_NUDGES = 2;

const DAY = 86_400_000;

/** The instant the zone's clocks show `hh:mm` (default: the same time as `from`) `days` days and `months` months later. */
export function wallLater(
  from: number,
  timeZone: string,
  days: number,
  months = 0,
  time?: { hour: number; minute: number },
): number {
  const tz = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const w = wallTime(tz, from);
  const d = new Date(Date.UTC(w.year, w.month - 1 + months, w.day + days));
  const h = time?.hour ?? w.hour;
  const m = time?.minute ?? w.minute;
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  // A time skipped by a spring-forward change: the hour after it exists.
  return wallToInstant(tz, y, mo, day, h, m) ?? wallToInstant(tz, y, mo, day, h + 1, m) ?? from + days * DAY;
}

/**
 * The no-reply nudges still to set for a contact that has just moved to "reached out" at
 * `reachedOutAt`: the first after `days`, the second after twice that, never more than two per
 * contact over its whole life (`alreadySet` counts those set before, done or not).
 */
export function noReplyNudgeTimes(
  reachedOutAt: number,
  alreadySet: number,
  timeZone: string,
  days = NO_REPLY_DAYS,
): number[] {
  const out: number[] = [];
  for (let n = alreadySet + 1, step = 1; n <= MAX_NO_REPLY_NUDGES; n++, step++) {
    out.push(wallLater(reachedOutAt, timeZone, days * step));
  }
  return out;
}

/** True while a no-reply nudge still applies: at "reached out", since `reachedOutAt`, and no reply recorded after it. */
export function stillWaiting(contact: Pick<Contact, 'stage' | 'reachedOutAt' | 'repliedAt'>): boolean {
  if (contact.stage !== 'reached-out') return false;
  return contact.repliedAt === undefined || (contact.reachedOutAt ?? 0) > contact.repliedAt;
}

/** The open no-reply reminders a change stops (a reply, or the stage moving on). */
export function nudgesToStop(reminders: Reminder[]): Reminder[] {
  return reminders.filter((r) => r.kind === 'no-reply' && !r.done);
}

/** The next keep-in-touch reminder: `months` after `from`, at the user's reminder time. */
export function keepInTouchDue(from: number, months: number, timeZone: string, time: string): number | null {
  if (months <= 0) return null;
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  const hour = m && Number(m[1]) < 24 ? Number(m[1]) : 9;
  const minute = m && Number(m[2]) < 60 ? Number(m[2]) : 0;
  return wallLater(from, timeZone, 0, months, { hour, minute });
}
