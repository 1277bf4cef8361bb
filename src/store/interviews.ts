// Interviews (the coffee chats themselves). Same revision rule as contacts: the meeting
// view autosaves notes while the dashboard may edit the same interview.
import type { Interview, InterviewMode } from '../domain/contact.ts';
import { newId } from '../lib/id.ts';
import { carryNewQuestions, markCarriedAsked } from './carried.ts';
import type { ChangeLog } from './changes.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { newActivity } from './records.ts';
import type { DB } from './schema.ts';
import { type TxWith, write } from './write.ts';

export const ADD_INTERVIEW_STORES = ['contacts', 'interviews', 'activity'] as const;
export const UPDATE_INTERVIEW_STORES = ['interviews', 'activity', 'contacts', 'carried'] as const;

export interface NewInterview {
  contactId: string;
  scheduledAt: number;
  minutes?: number;
  mode?: InterviewMode;
  questions?: string[];
}

export function addInterview(db: DB, input: NewInterview, now: number): Promise<Interview> {
  return write(db, [...ADD_INTERVIEW_STORES], (tx, log) => addInterviewIn(tx, log, input, now));
}

/** addInterview inside a transaction of the caller's (a user action's). */
export async function addInterviewIn(
  tx: TxWith<(typeof ADD_INTERVIEW_STORES)[number]>,
  log: ChangeLog,
  input: NewInterview,
  now: number,
): Promise<Interview> {
  const interview: Interview = {
    id: newId(),
    contactId: input.contactId,
    scheduledAt: input.scheduledAt,
    minutes: input.minutes ?? 20,
    mode: input.mode ?? 'video',
    questions: (input.questions ?? []).map((text) => ({ text, asked: false })),
    notes: '',
    takeaways: '',
    newQuestions: '',
    outcome: '',
    startedAt: null,
    endedAt: null,
    updatedAt: now,
    rev: 1,
  };
  if (!(await tx.objectStore('contacts').get(input.contactId))) throw new NotFoundError('contact', input.contactId);
  const when = new Date(input.scheduledAt).toISOString().slice(0, 16).replace('T', ' ');
  const entry = newActivity(input.contactId, 'meeting-scheduled', `Meeting scheduled for ${when} UTC`, now);
  await tx.objectStore('interviews').put(interview);
  await tx.objectStore('activity').put(entry);
  log.add('interviews', interview.id);
  log.add('activity', entry.id);
  return interview;
}

export function getInterview(db: DB, id: string): Promise<Interview | undefined> {
  return db.get('interviews', id);
}

/** A contact's interviews, earliest first. */
export async function listInterviews(db: DB, contactId: string): Promise<Interview[]> {
  const list = await db.getAllFromIndex('interviews', 'contactId', contactId);
  return list.sort((a, b) => a.scheduledAt - b.scheduledAt);
}

/** Interviews scheduled in [from, to), soonest first. */
export function interviewsBetween(db: DB, from: number, to: number): Promise<Interview[]> {
  return db.getAllFromIndex('interviews', 'scheduledAt', IDBKeyRange.bound(from, to, false, true));
}

export type InterviewPatch = Partial<Omit<Interview, 'id' | 'contactId' | 'updatedAt' | 'rev'>>;

export function updateInterview(
  db: DB,
  id: string,
  patch: InterviewPatch,
  expectedRev: number,
  now: number,
): Promise<Interview> {
  // The carried questions change with the interview, in its transaction (one user action, one write).
  return write(db, [...UPDATE_INTERVIEW_STORES], (tx, log) => updateInterviewIn(tx, log, id, patch, expectedRev, now));
}

/** updateInterview inside a transaction of the caller's (a user action's). */
export async function updateInterviewIn(
  tx: TxWith<(typeof UPDATE_INTERVIEW_STORES)[number]>,
  log: ChangeLog,
  id: string,
  patch: InterviewPatch,
  expectedRev: number,
  now: number,
): Promise<Interview> {
  const current = await tx.objectStore('interviews').get(id);
  if (!current) throw new NotFoundError('interview', id);
  if (current.rev !== expectedRev) throw new ConflictError(id, expectedRev, current);
  const next: Interview = {
    ...current,
    ...patch,
    id,
    contactId: current.contactId,
    updatedAt: now,
    rev: current.rev + 1,
  };
  await tx.objectStore('interviews').put(next);
  log.add('interviews', id);
  if (patch.newQuestions !== undefined) await carryNewQuestions(tx, log, next, now);
  if (patch.questions) await markCarriedAsked(tx, log, next, current, now);
  if (patch.endedAt && !current.endedAt) {
    const entry = newActivity(
      current.contactId,
      'meeting-held',
      `Met for ${Math.max(1, Math.round((patch.endedAt - (next.startedAt ?? next.scheduledAt)) / 60000))} minutes`,
      now,
    );
    await tx.objectStore('activity').put(entry);
    log.add('activity', entry.id);
  }
  return next;
}

/**
 * Deletes an interview; reminders and referrals that named it are detached (kept, without the
 * link). The questions it still had open go with it; those already asked or dismissed stay.
 */
export async function deleteInterview(db: DB, id: string): Promise<void> {
  await write(db, ['interviews', 'reminders', 'referrals', 'carried'], async (tx, log) => {
    await tx.objectStore('interviews').delete(id);
    log.add('interviews', id);
    for (const q of await tx.objectStore('carried').index('interviewId').getAll(id)) {
      if (q.status !== 'open') continue;
      await tx.objectStore('carried').delete(q.id);
      log.add('carried', q.id);
    }
    for (const store of ['reminders', 'referrals'] as const) {
      const s = tx.objectStore(store);
      for (const rec of await s.index('interviewId').getAll(id)) {
        await s.put({ ...rec, interviewId: null });
        log.add(store, rec.id);
      }
    }
  });
}
