// Ending a meeting: the interview is closed, the contact moves to "met", and the reminders
// the article asks for are set: a thank-you the next day, a follow-up after N months.
// Store only (testable without a browser); the caller resyncs the alarms.
import type { Interview } from '../domain/contact.ts';
import { followUpDue, thankYouDue } from '../domain/reminder-times.ts';
import { setStage } from './contacts.ts';
import type { DB } from './db.ts';
import { NotFoundError } from './errors.ts';
import { getInterview, updateInterview } from './interviews.ts';
import { addReminder, listReminders } from './reminders.ts';
import { getSettings } from './settings.ts';

export interface EndResult {
  interview: Interview;
  thankYouAt: number | null;
  followUpAt: number | null;
}

export async function endMeeting(db: DB, interviewId: string, now: number): Promise<EndResult> {
  // Read afresh: the notes autosave may have moved the revision on a moment ago.
  const interview = await getInterview(db, interviewId);
  if (!interview) throw new NotFoundError('interview', interviewId);
  const ended =
    interview.endedAt !== null
      ? interview
      : await updateInterview(
          db,
          interview.id,
          { endedAt: now, startedAt: interview.startedAt ?? now },
          interview.rev,
          now,
        );
  await setStage(db, interview.contactId, 'met', now);
  const settings = await getSettings(db);
  const tz = settings.availability.timeZone;
  const metAt = ended.endedAt ?? now;
  const thankYouAt = thankYouDue(metAt, settings.reminders, tz);
  const followUpAt = followUpDue(metAt, settings.reminders, tz);
  // Ending twice (a second click, a reopened window) must not set the reminders twice.
  const existing = (await listReminders(db, interview.contactId)).filter((r) => r.interviewId === interview.id);
  const has = (kind: string) => existing.some((r) => r.kind === kind);
  if (thankYouAt !== null && !has('thank-you')) {
    await addReminder(db, {
      contactId: interview.contactId,
      kind: 'thank-you',
      dueAt: thankYouAt,
      interviewId: interview.id,
    });
  }
  if (followUpAt !== null && !has('follow-up')) {
    await addReminder(db, {
      contactId: interview.contactId,
      kind: 'follow-up',
      dueAt: followUpAt,
      interviewId: interview.id,
    });
  }
  return { interview: ended, thankYouAt, followUpAt };
}
