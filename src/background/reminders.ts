// A reminder's alarm fires → a notification; clicking it opens the dashboard on that contact
// with the draft ready. Handlers take `now` so tests can fire tomorrow's alarm today.
import { displayValue } from '../domain/contact.ts';
import { alarmName, dueAt, reminderIdOf } from '../domain/reminder-rules.ts';
import { notificationText } from '../drafting/reminder-notice.ts';
import { refreshBadge, syncReminderAlarms } from '../extension/reminder-alarms.ts';
import browser from '../lib/browser.ts';
import { dashboardPath } from '../lib/page-urls.ts';
import { getContact, getSettings } from '../store/index.ts';
import { allReminders, getInterview, getReminder, listInterviews } from '../store/meetings.ts';

const ICON = 'icons/icon-128.png';
const NOTIFIED_KEY = 'notifiedReminders';

export interface FiredReminder {
  notificationId: string;
  title: string;
  message: string;
}

/** Shows the notification for the alarm `name` if its reminder is open and due; null otherwise. */
export async function fireReminderAlarm(name: string, now = Date.now()): Promise<FiredReminder | null> {
  const id = reminderIdOf(name);
  if (!id) return null;
  const r = await getReminder(id);
  // A reminder done or snoozed since the alarm was set: the snooze has its own alarm.
  if (!r || r.done || dueAt(r) > now + 60_000) return null;
  const [contact, settings] = await Promise.all([getContact(r.contactId), getSettings()]);
  const interview = r.interviewId
    ? await getInterview(r.interviewId)
    : (await listInterviews(r.contactId)).filter((i) => i.endedAt).at(-1);
  const name_ = contact ? (displayValue(contact, 'name') ?? 'your contact') : 'your contact';
  const metAt = interview?.endedAt ?? interview?.startedAt ?? interview?.scheduledAt;
  // A no-reply nudge counts from when they reached out, not from a meeting.
  const at = r.kind === 'no-reply' ? contact?.reachedOutAt : (metAt ?? undefined);
  const text = notificationText(r, name_, at, now, settings.availability.timeZone);
  const notificationId = alarmName(r.id);
  await browser.notifications.create(notificationId, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: text.title,
    message: text.message,
  });
  await markNotified(`${r.id}:${dueAt(r)}`);
  await refreshBadge(now);
  return { notificationId, ...text };
}

/** The notification's click: the dashboard on that contact, the reminder's draft open. */
export async function openReminderNotification(notificationId: string): Promise<string | null> {
  const id = reminderIdOf(notificationId);
  if (!id) return null;
  const r = await getReminder(id);
  if (!r) return null;
  const url = browser.runtime.getURL(dashboardPath(r.contactId, r.id));
  await browser.tabs.create({ url });
  await browser.notifications.clear(notificationId).catch(() => false);
  return url;
}

/**
 * Startup and update: alarms are set again from the store. A reminder that fell due while the
 * browser was closed is notified once now (remembered, so each restart does not repeat it).
 */
export async function rebuildReminders(now = Date.now()): Promise<void> {
  await syncReminderAlarms(now);
  const notified = await readNotified();
  for (const r of await allReminders()) {
    if (!r.done && dueAt(r) <= now && !notified.has(`${r.id}:${dueAt(r)}`))
      await fireReminderAlarm(alarmName(r.id), now);
  }
}

async function readNotified(): Promise<Set<string>> {
  const got = await browser.storage.local.get(NOTIFIED_KEY);
  const list = got[NOTIFIED_KEY];
  return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
}

async function markNotified(key: string): Promise<void> {
  const set = await readNotified();
  set.add(key);
  // Keep the newest few hundred: enough for any real backlog, bounded for storage.
  await browser.storage.local.set({ [NOTIFIED_KEY]: [...set].slice(-500) });
}
