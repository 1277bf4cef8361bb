// Keeps one chrome.alarms entry per open reminder, from the store. Called by the worker on
// startup, install/update and store changes, and by pages right after they write a reminder
// (a page can create alarms; they still fire in the worker, which wakes for them, whereas a
// store broadcast does not wake a sleeping worker).

import { alarmName, badgeText, dueAt, dueNewestFirst, reminderIdOf, upcoming } from '../domain/reminder-rules.ts';
import browser from '../lib/browser.ts';
import { allReminders } from '../store/meetings.ts';

/** Rebuilds reminder alarms and the badge from the store; returns how many alarms are set. */
export async function syncReminderAlarms(now = Date.now()): Promise<number> {
  const reminders = await allReminders();
  const ahead = upcoming(reminders, now);
  const wanted = new Map(ahead.map((r) => [alarmName(r.id), dueAt(r)]));
  for (const a of await browser.alarms.getAll()) {
    if (reminderIdOf(a.name) === null) continue;
    const when = wanted.get(a.name);
    if (when === undefined) await browser.alarms.clear(a.name);
    else if (a.scheduledTime === when) wanted.delete(a.name);
  }
  for (const [name, when] of wanted) browser.alarms.create(name, { when });
  await setBadge(dueNewestFirst(reminders, now).length);
  return ahead.length;
}

export async function refreshBadge(now = Date.now()): Promise<number> {
  const count = dueNewestFirst(await allReminders(), now).length;
  await setBadge(count);
  return count;
}

async function setBadge(count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#8a4b22' });
  await browser.action.setBadgeText({ text: badgeText(count) });
}
