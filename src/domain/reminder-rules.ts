// Pure rules for reminders, shared by the service worker and the dashboard: which are due,
// which alarm belongs to which reminder. Pass `now` in. (What a notification says is
// drafting/reminder-notice.ts.)
import type { Reminder } from './contact.ts';

const PREFIX = 'reminder:';

export const alarmName = (reminderId: string): string => PREFIX + reminderId;

export function reminderIdOf(name: string): string | null {
  return name.startsWith(PREFIX) ? name.slice(PREFIX.length) || null : null;
}

/** When a reminder next wants attention (same rule as store/reminders.ts effectiveDue). */
export function dueAt(r: Reminder): number {
  return r.snoozedUntil !== null && r.snoozedUntil > r.dueAt ? r.snoozedUntil : r.dueAt;
}

/** Open reminders whose time has come, newest first: what the user most likely just heard about. */
export function dueNewestFirst(reminders: Reminder[], now: number): Reminder[] {
  return reminders.filter((r) => !r.done && dueAt(r) <= now).sort((a, b) => dueAt(b) - dueAt(a));
}

/** Open reminders still ahead, soonest first: each needs an alarm. */
export function upcoming(reminders: Reminder[], now: number): Reminder[] {
  return reminders.filter((r) => !r.done && dueAt(r) > now).sort((a, b) => dueAt(a) - dueAt(b));
}

/** "3" on the toolbar; nothing when nothing is due; "99+" beyond what fits. */
export function badgeText(dueCount: number): string {
  return dueCount <= 0 ? '' : dueCount > 99 ? '99+' : String(dueCount);
}
