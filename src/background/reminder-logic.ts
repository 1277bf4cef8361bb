// Pure rules for reminders, shared by the service worker and the dashboard: which are due,
// what the notification says, which alarm belongs to which reminder. Pass `now` in.
import type { Reminder } from '../domain/contact.ts';
import { whenPhrase } from '../drafting/context.ts';

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

export function notificationText(
  r: Pick<Reminder, 'kind' | 'text'>,
  name: string,
  meetingAt: number | undefined,
  now: number,
  timeZone: string,
): { title: string; message: string } {
  const when = whenPhrase(meetingAt, now, timeZone);
  const met = when ? ` — you met ${when}` : '';
  if (r.kind === 'thank-you')
    return { title: 'Coffee Chat: thank-you due', message: `Send a thank-you to ${name}${met}` };
  if (r.kind === 'follow-up') {
    return {
      title: 'Coffee Chat: time to follow up',
      message: `Follow up with ${name}${met}: tell them what came of their suggestions`,
    };
  }
  if (r.kind === 'no-reply') {
    // `meetingAt` is when they reached out, for this kind.
    const sent = when ? ` since you wrote ${when}` : '';
    return {
      title: 'Coffee Chat: no reply yet',
      message: `No reply from ${name}${sent}. A short, polite follow-up is ready`,
    };
  }
  if (r.kind === 'keep-in-touch') {
    return {
      title: 'Coffee Chat: keep in touch',
      message: `Time to catch up with ${name}${met}: a follow-up draft is ready`,
    };
  }
  return { title: 'Coffee Chat reminder', message: r.text.trim() || `Get back to ${name}` };
}

/** The dashboard on that contact, with the reminder's draft open. */
export { dashboardPath } from '../lib/page-urls.ts';
