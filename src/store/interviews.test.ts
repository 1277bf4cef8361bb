import { describe, expect, it } from 'vitest';
import { listActivity } from './activity.ts';
import { upsertFromCapture } from './contacts.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import {
  addInterview,
  deleteInterview,
  getInterview,
  interviewsBetween,
  listInterviews,
  updateInterview,
} from './interviews.ts';
import { addReminder, listReminders } from './reminders.ts';
import { freshDb, profile } from './test-util.ts';

describe('interviews', () => {
  it('adds, lists by contact and by time, and logs the scheduling', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('iv'), 1);
    const late = await addInterview(db, { contactId: contact.id, scheduledAt: Date.UTC(2026, 0, 9, 15) }, 2);
    const early = await addInterview(
      db,
      {
        contactId: contact.id,
        scheduledAt: Date.UTC(2026, 0, 2, 15),
        mode: 'call',
        questions: ['What drew you to the field?'],
      },
      3,
    );
    expect(early.questions).toEqual([{ text: 'What drew you to the field?', asked: false }]);
    expect((await listInterviews(db, contact.id)).map((i) => i.id)).toEqual([early.id, late.id]);
    expect((await interviewsBetween(db, Date.UTC(2026, 0, 5), Date.UTC(2026, 0, 10))).map((i) => i.id)).toEqual([
      late.id,
    ]);
    const texts = (await listActivity(db, contact.id)).map((a) => a.text);
    expect(texts).toContain('Meeting scheduled for 2026-01-09 15:00 UTC');
  });

  it('refuses an interview for an unknown contact', async () => {
    const db = await freshDb();
    await expect(addInterview(db, { contactId: 'ghost', scheduledAt: 1 }, 1)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('updates with revisions and records the meeting when it ends', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('iv2'), 1);
    const iv = await addInterview(db, { contactId: contact.id, scheduledAt: 0 }, 2);
    const a = await updateInterview(db, iv.id, { notes: 'typed', startedAt: 0 }, 1, 3);
    await expect(updateInterview(db, iv.id, { notes: 'stale' }, 1, 4)).rejects.toBeInstanceOf(ConflictError);
    await updateInterview(db, iv.id, { endedAt: 21 * 60000 }, a.rev, 5);
    expect((await getInterview(db, iv.id))?.notes).toBe('typed');
    const held = (await listActivity(db, contact.id)).find((x) => x.kind === 'meeting-held');
    expect(held?.text).toBe('Met for 21 minutes');
  });

  it('deleting an interview detaches its reminders', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('iv3'), 1);
    const iv = await addInterview(db, { contactId: contact.id, scheduledAt: 0 }, 2);
    await addReminder(db, { contactId: contact.id, kind: 'thank-you', dueAt: 10, interviewId: iv.id });
    await deleteInterview(db, iv.id);
    expect(await getInterview(db, iv.id)).toBeUndefined();
    expect((await listReminders(db, contact.id))[0]?.interviewId).toBeNull();
  });
});
