// The user moves a contact along the pipeline (the popup's or the dashboard's stage picker):
// the stage, its timeline entry and what it means for the no-reply nudges, in one transaction.
// Applied to the contact as stored when the write runs: a stage is independent of the other
// fields, so a page opened before another page's edit neither fails nor undoes that edit.
import type { Contact, Stage } from '../../domain/contact.ts';
import { setStageIn } from '../contacts.ts';
import { LOOP_STORES } from '../loop-reminders.ts';
import type { DB } from '../schema.ts';
import { write } from '../write.ts';

export function changeStage(db: DB, id: string, stage: Stage, now: number): Promise<Contact> {
  return write(db, [...LOOP_STORES], (tx, log) => setStageIn(tx, log, id, stage, now));
}
