// Reminders: thank-you the next day, follow-up after N months, or the user's own. The
// background reads `dueReminders` on every alarm, so it takes `now` and uses the dueAt index.
import type { Reminder, ReminderKind } from '../domain/contact.ts';
import { newId } from '../lib/id.ts';
import type { ChangeLog } from './changes.ts';
import { readContact } from './contact-record.ts';
import { NotFoundError } from './errors.ts';
import { LOOP_STORES, nextKeepInTouch } from './loop-reminders.ts';
import type { DB } from './schema.ts';
import { type TxWith, write } from './write.ts';

export interface NewReminder {
  contactId: string;
  kind: ReminderKind;
  dueAt: number;
  text?: string;
  interviewId?: string | null;
}

export function addReminder(db: DB, input: NewReminder): Promise<Reminder> {
  return write(db, ['contacts', 'reminders'], (tx, log) => addReminderIn(tx, log, input));
}

/** addReminder inside a transaction of the caller's (a user action's). */
export async function addReminderIn(
  tx: TxWith<'contacts' | 'reminders'>,
  log: ChangeLog,
  input: NewReminder,
): Promise<Reminder> {
  const reminder: Reminder = {
    id: newId(),
    contactId: input.contactId,
    kind: input.kind,
    dueAt: input.dueAt,
    text: input.text ?? '',
    done: false,
    snoozedUntil: null,
    interviewId: input.interviewId ?? null,
  };
  if (!(await tx.objectStore('contacts').get(input.contactId))) throw new NotFoundError('contact', input.contactId);
  await tx.objectStore('reminders').put(reminder);
  log.add('reminders', reminder.id);
  return reminder;
}

/** When a reminder next wants attention: its snooze, if later than its due time. */
export function effectiveDue(r: Reminder): number {
  return r.snoozedUntil !== null && r.snoozedUntil > r.dueAt ? r.snoozedUntil : r.dueAt;
}

/** Open reminders whose (snoozed) due time has come, oldest first. */
export async function dueReminders(db: DB, now: number): Promise<Reminder[]> {
  const candidates = await db.getAllFromIndex('reminders', 'dueAt', IDBKeyRange.upperBound(now));
  return candidates.filter((r) => !r.done && effectiveDue(r) <= now).sort((a, b) => effectiveDue(a) - effectiveDue(b));
}

export async function listReminders(db: DB, contactId: string): Promise<Reminder[]> {
  const list = await db.getAllFromIndex('reminders', 'contactId', contactId);
  return list.sort((a, b) => a.dueAt - b.dueAt);
}

async function change(db: DB, id: string, fn: (r: Reminder) => Reminder): Promise<Reminder> {
  return write(db, ['reminders'], async (tx, log) => {
    const r = await tx.store.get(id);
    if (!r) throw new NotFoundError('reminder', id);
    const next = fn(r);
    await tx.store.put(next);
    log.add('reminders', id);
    return next;
  });
}

/** Done (or open again). A keep-in-touch reminder done sets the next one, a cadence later, in the same write. */
export function markReminderDone(db: DB, id: string, done = true, now = Date.now()): Promise<Reminder> {
  return write(db, [...LOOP_STORES], async (tx, log) => {
    const store = tx.objectStore('reminders');
    const r = await store.get(id);
    if (!r) throw new NotFoundError('reminder', id);
    const next = { ...r, done };
    await store.put(next);
    log.add('reminders', id);
    if (done && !r.done) {
      const contact = readContact(await tx.objectStore('contacts').get(r.contactId));
      await nextKeepInTouch(tx, log, r, contact, now);
    }
    return next;
  });
}

export function snoozeReminder(db: DB, id: string, until: number): Promise<Reminder> {
  return change(db, id, (r) => ({ ...r, snoozedUntil: until }));
}

export async function deleteReminder(db: DB, id: string): Promise<void> {
  await write(db, ['reminders'], async (tx, log) => {
    await tx.store.delete(id);
    log.add('reminders', id);
  });
}
