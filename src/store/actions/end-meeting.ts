// The user ends a meeting: the interview is closed, the contact moves to "met", and the
// reminders the article asks for are set (a thank-you the next day, a follow-up after N months),
// all in one transaction. Store only (testable without a browser); the caller resyncs the alarms.
import type { Interview } from '../../domain/contact.ts';
import { followUpDue, thankYouDue } from '../../domain/reminder-times.ts';
import type { ChangeLog } from '../changes.ts';
import { setStageIn } from '../contacts.ts';
import { NotFoundError } from '../errors.ts';
import { UPDATE_INTERVIEW_STORES, updateInterviewIn } from '../interviews.ts';
import { LOOP_STORES } from '../loop-reminders.ts';
import { addReminderIn } from '../reminders.ts';
import type { DB } from '../schema.ts';
import { settingsIn } from '../settings.ts';
import { type TxWith, write } from '../write.ts';

export interface EndResult {
  interview: Interview;
  thankYouAt: number | null;
  followUpAt: number | null;
}

const STORES = [...new Set([...UPDATE_INTERVIEW_STORES, ...LOOP_STORES])];

export function endMeeting(db: DB, interviewId: string, now: number): Promise<EndResult> {
  return write(db, STORES, (tx, log) => endMeetingIn(tx, log, interviewId, now));
}

export async function endMeetingIn(
  tx: TxWith<(typeof STORES)[number]>,
  log: ChangeLog,
  interviewId: string,
  now: number,
): Promise<EndResult> {
  // Read in this transaction: the notes autosave may have moved the revision on a moment ago.
  const interview = await tx.objectStore('interviews').get(interviewId);
  if (!interview) throw new NotFoundError('interview', interviewId);
  const ended =
    interview.endedAt !== null
      ? interview
      : await updateInterviewIn(
          tx,
          log,
          interview.id,
          { endedAt: now, startedAt: interview.startedAt ?? now },
          interview.rev,
          now,
        );
  await setStageIn(tx, log, interview.contactId, 'met', now);
  const settings = await settingsIn(tx);
  const tz = settings.availability.timeZone;
  const metAt = ended.endedAt ?? now;
  const thankYouAt = thankYouDue(metAt, settings.reminders, tz);
  const followUpAt = followUpDue(metAt, settings.reminders, tz);
  // Ending twice (a second click, a reopened window) must not set the reminders twice.
  const existing = (await tx.objectStore('reminders').index('contactId').getAll(interview.contactId)).filter(
    (r) => r.interviewId === interview.id,
  );
  const has = (kind: string) => existing.some((r) => r.kind === kind);
  const contactId = interview.contactId;
  if (thankYouAt !== null && !has('thank-you'))
    await addReminderIn(tx, log, { contactId, kind: 'thank-you', dueAt: thankYouAt, interviewId: interview.id });
  if (followUpAt !== null && !has('follow-up'))
    await addReminderIn(tx, log, { contactId, kind: 'follow-up', dueAt: followUpAt, interviewId: interview.id });
  return { interview: ended, thankYouAt, followUpAt };
}
