// Ending a meeting: the interview is closed, the contact moves to "met", and the reminders
// the article asks for are set: a thank-you the next day, a follow-up after N months.
import { syncReminderAlarms } from '../background/alarms.ts';
import type { Interview } from '../domain/contact.ts';
import { setStage } from '../store/contacts.ts';
import type { DB } from '../store/db.ts';
import { updateInterview } from '../store/interviews.ts';
import { addReminder, listReminders } from '../store/reminders.ts';
import { getSettings } from '../store/settings.ts';
import { followUpDue, thankYouDue } from './reminder-times.ts';

export interface EndResult {
  interview: Interview;
  thankYouAt: number | null;
  followUpAt: number | null;
}

export async function endMeeting(db: DB, interview: Interview, now: number): Promise<EndResult> {
  const ended = await updateInterview(db, interview.id, { endedAt: now, startedAt: interview.startedAt ?? now }, interview.rev, now);
  await setStage(db, interview.contactId, 'met', now);
  const settings = await getSettings(db);
  const tz = settings.availability.timeZone;
  const thankYouAt = thankYouDue(now, settings.reminders, tz);
  const followUpAt = followUpDue(now, settings.reminders, tz);
  // Ending twice (a second click, a reopened window) must not set the reminders twice.
  const existing = (await listReminders(db, interview.contactId)).filter((r) => r.interviewId === interview.id);
  const has = (kind: string) => existing.some((r) => r.kind === kind);
  if (thankYouAt !== null && !has('thank-you')) {
    await addReminder(db, { contactId: interview.contactId, kind: 'thank-you', dueAt: thankYouAt, interviewId: interview.id });
  }
  if (followUpAt !== null && !has('follow-up')) {
    await addReminder(db, { contactId: interview.contactId, kind: 'follow-up', dueAt: followUpAt, interviewId: interview.id });
  }
  await syncReminderAlarms(now).catch(() => undefined); // rebuilt on startup regardless
  return { interview: ended, thankYouAt, followUpAt };
}
