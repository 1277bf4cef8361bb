// The user books a meeting: the interview with the questions they chose, and the contact moves
// to "scheduled", in one transaction (no booked meeting for someone still "to contact").
import type { Interview } from '../../domain/contact.ts';
import type { ChangeLog } from '../changes.ts';
import { setStageIn } from '../contacts.ts';
import { ADD_INTERVIEW_STORES, addInterviewIn, type NewInterview } from '../interviews.ts';
import { LOOP_STORES } from '../loop-reminders.ts';
import type { DB } from '../schema.ts';
import { type TxWith, write } from '../write.ts';

const STORES = [...new Set([...ADD_INTERVIEW_STORES, ...LOOP_STORES])];

export function scheduleInterview(db: DB, input: NewInterview, now: number): Promise<Interview> {
  return write(db, STORES, (tx, log) => scheduleInterviewIn(tx, log, input, now));
}

export async function scheduleInterviewIn(
  tx: TxWith<(typeof STORES)[number]>,
  log: ChangeLog,
  input: NewInterview,
  now: number,
): Promise<Interview> {
  const interview = await addInterviewIn(tx, log, input, now);
  await setStageIn(tx, log, input.contactId, 'scheduled', now);
  return interview;
}
