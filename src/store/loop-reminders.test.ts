// The learning loop's reminders as the store writes them: in the same write as the change
// that calls for them, and stored with absolute times so a browser restart loses nothing.
import { describe, expect, it } from 'vitest';
import { dueNewestFirst, upcoming } from '../domain/reminder-rules.ts';
import { defaultSettings } from '../domain/settings.ts';
import { getContact, recordReply, setStage, updateContact, upsertFromCapture } from './contacts.ts';
import { closeDb, openDb } from './db.ts';
import { listReminders, markReminderDone } from './reminders.ts';
import { saveSettings } from './settings.ts';
import { profile } from './test-util.ts';

const DAY = 86_400_000;
let n = 0;
async function setup() {
  const name = `loop-${++n}-${Math.random().toString(36).slice(2)}`;
  const db = await openDb(name);
  const s = defaultSettings('Europe/Berlin');
  await saveSettings(db, { ...s, reminders: { ...s.reminders, thankYou: { enabled: true, time: '08:30' } } });
  const { contact } = await upsertFromCapture(db, profile(`p${n}`), 1);
  return { db, name, contact };
}

describe('no-reply nudges in the store', () => {
  it('reaching out sets two nudges, 7 and 14 days later, that survive a restart', async () => {
    const { db, name, contact } = await setup();
    const sent = Date.UTC(2026, 2, 25, 9); // 10:00 in Berlin, four days before the clocks change
    await setStage(db, contact.id, 'reached-out', sent);
    expect((await getContact(db, contact.id))?.reachedOutAt).toBe(sent);
    const due = (await listReminders(db, contact.id)).filter((r) => r.kind === 'no-reply').map((r) => r.dueAt);
    expect(due.map((d) => new Date(d).toISOString())).toEqual(['2026-04-01T08:00:00.000Z', '2026-04-08T08:00:00.000Z']);
    // A browser restart: the database is closed and opened again; alarms are rebuilt from these records.
    await closeDb(name);
    const again = await openDb(name);
    const stored = await listReminders(again, contact.id);
    expect(upcoming(stored, sent).map((r) => r.dueAt)).toEqual(due);
    expect(dueNewestFirst(stored, due[0]! + 1).map((r) => r.kind)).toEqual(['no-reply']);
    await closeDb(name);
  });

  it('"they replied" stops them, and reaching out again never makes more than two', async () => {
    const { db, contact } = await setup();
    await setStage(db, contact.id, 'reached-out', 10 * DAY);
    await recordReply(db, contact.id, 11 * DAY);
    expect((await listReminders(db, contact.id)).every((r) => r.done)).toBe(true);
    await setStage(db, contact.id, 'to-contact', 12 * DAY);
    await setStage(db, contact.id, 'reached-out', 13 * DAY);
    const nudges = (await listReminders(db, contact.id)).filter((r) => r.kind === 'no-reply');
    expect(nudges).toHaveLength(2);
    expect(nudges.filter((r) => !r.done)).toEqual([]);
  });

  it('follow the settings: after N days, or none when turned off', async () => {
    const { db, contact } = await setup();
    const s = defaultSettings('UTC');
    await saveSettings(db, { ...s, reminders: { ...s.reminders, noReply: { enabled: true, days: 3 } } });
    await setStage(db, contact.id, 'reached-out', 0);
    expect((await listReminders(db, contact.id)).map((r) => r.dueAt)).toEqual([3 * DAY, 6 * DAY]);
    const other = (await upsertFromCapture(db, profile(`off${n}`), 1)).contact;
    await saveSettings(db, { ...s, reminders: { ...s.reminders, noReply: { enabled: false, days: 3 } } });
    await setStage(db, other.id, 'reached-out', 0);
    expect(await listReminders(db, other.id)).toEqual([]);
  });

  it('moving the stage on stops them', async () => {
    const { db, contact } = await setup();
    await setStage(db, contact.id, 'reached-out', 10 * DAY);
    await setStage(db, contact.id, 'scheduled', 12 * DAY);
    const nudges = (await listReminders(db, contact.id)).filter((r) => r.kind === 'no-reply');
    expect(nudges.map((r) => r.done)).toEqual([true, true]);
  });
});

describe('keep-in-touch cadence in the store', () => {
  it('sets one reminder, replaces it when the cadence changes, and the next when done', async () => {
    const { db, contact } = await setup();
    const now = Date.UTC(2026, 0, 15, 12);
    const c1 = await updateContact(db, contact.id, { keepInTouchMonths: 3 }, contact.rev, now);
    let kit = (await listReminders(db, contact.id)).filter((r) => r.kind === 'keep-in-touch');
    expect(kit.map((r) => new Date(r.dueAt).toISOString())).toEqual(['2026-04-15T06:30:00.000Z']); // 08:30 CEST
    const c2 = await updateContact(db, contact.id, { keepInTouchMonths: 6 }, c1.rev, now);
    kit = (await listReminders(db, contact.id)).filter((r) => r.kind === 'keep-in-touch');
    expect(kit.map((r) => new Date(r.dueAt).toISOString())).toEqual(['2026-07-15T06:30:00.000Z']);
    await markReminderDone(db, kit[0]!.id, true, Date.UTC(2026, 6, 15, 7));
    kit = (await listReminders(db, contact.id)).filter((r) => r.kind === 'keep-in-touch' && !r.done);
    expect(kit.map((r) => new Date(r.dueAt).toISOString())).toEqual(['2027-01-15T07:30:00.000Z']); // 08:30 CET
    await updateContact(db, contact.id, { keepInTouchMonths: 0 }, c2.rev, now);
    expect((await listReminders(db, contact.id)).filter((r) => r.kind === 'keep-in-touch' && !r.done)).toEqual([]);
  });
});
