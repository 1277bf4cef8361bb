// The learning loop's reminders, written inside the transaction of the change that calls for
// them: reaching out sets the no-reply nudges, a reply or a stage change stops them, a cadence
// sets the keep-in-touch reminder. The rules themselves are pure (domain/nudges.ts).
import type { Contact, Reminder } from '../domain/contact.ts';
import { keepInTouchDue, NO_REPLY_DAYS, noReplyNudgeTimes, nudgesToStop } from '../domain/nudges.ts';
import { parseSettings } from '../domain/settings-parse.ts';
import { newId } from '../lib/id.ts';
import type { ChangeLog } from './changes.ts';
import { SETTINGS_KEY } from './settings.ts';
import type { TxWith } from './write.ts';

export const LOOP_STORES = ['contacts', 'activity', 'reminders', 'kv'] as const;
// Any write transaction that includes these stores.
export type LoopTx = TxWith<(typeof LOOP_STORES)[number]>;

function reminder(contactId: string, kind: Reminder['kind'], dueAt: number, text = ''): Reminder {
  return { id: newId(), contactId, kind, dueAt, text, done: false, snoozedUntil: null, interviewId: null };
}

async function settingsIn(tx: LoopTx) {
  return parseSettings(await tx.objectStore('kv').get(SETTINGS_KEY));
}

/** Applies what a contact's change means for its reminders; `next` is what is being stored. */
export async function loopRemindersFor(
  tx: LoopTx,
  log: ChangeLog,
  before: Contact,
  next: Contact,
  now: number,
): Promise<void> {
  const store = tx.objectStore('reminders');
  const reachedOut = next.stage === 'reached-out' && before.stage !== 'reached-out';
  const movedOn = before.stage === 'reached-out' && next.stage !== 'reached-out';
  const replied = next.repliedAt !== undefined && next.repliedAt !== before.repliedAt;
  const cadence = (next.keepInTouchMonths ?? 0) !== (before.keepInTouchMonths ?? 0);
  if (!reachedOut && !movedOn && !replied && !cadence) return;
  const mine = await store.index('contactId').getAll(next.id);
  if (movedOn || replied) {
    for (const r of nudgesToStop(mine)) {
      await store.put({ ...r, done: true });
      log.add('reminders', r.id);
    }
  }
  if (reachedOut || cadence) {
    const settings = await settingsIn(tx);
    const tz = settings.availability.timeZone;
    const noReply = settings.reminders.noReply ?? { enabled: true, days: NO_REPLY_DAYS };
    if (reachedOut && noReply.enabled) {
      const already = mine.filter((r) => r.kind === 'no-reply').length;
      for (const at of noReplyNudgeTimes(now, already, tz, noReply.days)) {
        const r = reminder(next.id, 'no-reply', at);
        await store.put(r);
        log.add('reminders', r.id);
      }
    }
    if (cadence) {
      // One keep-in-touch reminder at a time: a new cadence replaces the open one.
      for (const r of mine.filter((x) => x.kind === 'keep-in-touch' && !x.done)) {
        await store.delete(r.id);
        log.add('reminders', r.id);
      }
      const at = keepInTouchDue(now, next.keepInTouchMonths ?? 0, tz, settings.reminders.thankYou.time);
      if (at !== null) {
        const r = reminder(next.id, 'keep-in-touch', at);
        await store.put(r);
        log.add('reminders', r.id);
      }
    }
  }
}

/** A keep-in-touch reminder just done: the next one, a cadence later, if the cadence is still on. */
export async function nextKeepInTouch(
  tx: LoopTx,
  log: ChangeLog,
  done: Reminder,
  contact: Contact | undefined,
  now: number,
): Promise<void> {
  if (done.kind !== 'keep-in-touch' || !contact || !contact.keepInTouchMonths) return;
  const settings = await settingsIn(tx);
  const at = keepInTouchDue(
    now,
    contact.keepInTouchMonths,
    settings.availability.timeZone,
    settings.reminders.thankYou.time,
  );
  if (at === null) return;
  const r = reminder(contact.id, 'keep-in-touch', at);
  await tx.objectStore('reminders').put(r);
  log.add('reminders', r.id);
}
