// "Sent your message? Mark them as reached out": the stage change (or, for someone not saved
// yet, the save) and the timeline entry saying how the message went out, in one transaction.
import type { Contact } from '../../domain/contact.ts';
import type { CapturedProfile } from '../../domain/profile.ts';
import { addActivityIn } from '../activity.ts';
import type { ChangeLog } from '../changes.ts';
import { setStageIn } from '../contacts.ts';
import type { DB } from '../schema.ts';
import { type TxWith, write } from '../write.ts';
import { SAVE_PERSON_STORES, type SaveInput, savePersonIn } from './save-person.ts';

export type SentHow = 'email-opened' | 'message-copied';

const SENT_TEXT: Record<SentHow, string> = {
  'email-opened': 'Opened the message in a mail app',
  'message-copied': 'Copied the message',
};

export interface ReachedOutPerson {
  /** The saved contact's id, or null: then the person is saved now, from `profile` and `input`. */
  savedId: string | null;
  profile: CapturedProfile;
  input: Omit<SaveInput, 'stage'>;
}

export function markReachedOut(db: DB, person: ReachedOutPerson, how: SentHow, now: number): Promise<Contact> {
  return write(db, [...SAVE_PERSON_STORES], (tx, log) => markReachedOutIn(tx, log, person, how, now));
}

export async function markReachedOutIn(
  tx: TxWith<(typeof SAVE_PERSON_STORES)[number]>,
  log: ChangeLog,
  person: ReachedOutPerson,
  how: SentHow,
  now: number,
): Promise<Contact> {
  const contact = person.savedId
    ? await setStageIn(tx, log, person.savedId, 'reached-out', now)
    : (await savePersonIn(tx, log, person.profile, { ...person.input, stage: 'reached-out' }, now)).contact;
  // A millisecond later: entries of one instant have no order in the timeline (its index sorts
  // ties by their random ids), and the popup shows this one as the latest.
  await addActivityIn(tx, log, contact.id, how, SENT_TEXT[how], now + 1);
  return contact;
}
