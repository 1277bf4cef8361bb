import { describe, expect, it } from 'vitest';
import { upsertFromCapture } from './contacts.ts';
import { NotFoundError } from './errors.ts';
import {
  addReminder,
  deleteReminder,
  dueReminders,
  listReminders,
  markReminderDone,
  snoozeReminder,
} from './reminders.ts';
import { freshDb, profile } from './test-util.ts';

describe('reminders', () => {
  it('lists due reminders, honours done and snooze', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('rem'), 1);
    const thanks = await addReminder(db, { contactId: contact.id, kind: 'thank-you', dueAt: 100 });
    const follow = await addReminder(db, {
      contactId: contact.id,
      kind: 'follow-up',
      dueAt: 50,
      text: 'Tell them how it went',
    });
    const later = await addReminder(db, { contactId: contact.id, kind: 'custom', dueAt: 500 });
    expect((await dueReminders(db, 99)).map((r) => r.id)).toEqual([follow.id]);
    expect((await dueReminders(db, 100)).map((r) => r.id)).toEqual([follow.id, thanks.id]);
    await snoozeReminder(db, follow.id, 300);
    expect((await dueReminders(db, 200)).map((r) => r.id)).toEqual([thanks.id]);
    expect((await dueReminders(db, 300)).map((r) => r.id)).toEqual([thanks.id, follow.id]);
    await markReminderDone(db, thanks.id);
    expect((await dueReminders(db, 1000)).map((r) => r.id)).toEqual([follow.id, later.id]);
    await deleteReminder(db, later.id);
    expect((await listReminders(db, contact.id)).map((r) => r.id)).toEqual([follow.id, thanks.id]);
  });

  it('rejects reminders for unknown contacts and ids', async () => {
    const db = await freshDb();
    await expect(addReminder(db, { contactId: 'x', kind: 'custom', dueAt: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(markReminderDone(db, 'x')).rejects.toBeInstanceOf(NotFoundError);
  });
});
