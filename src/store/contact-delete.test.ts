import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../domain/settings.ts';
import { deleteContact, deleteEverything, getContact, upsertFromCapture } from './contacts.ts';
import { addInterview } from './interviews.ts';
import { emptyDraft, getPersonDraft, savePersonDraft } from './person-drafts.ts';
import { addReferral } from './referrals.ts';
import { addReminder } from './reminders.ts';
import { STORE_NAMES } from './schema.ts';
import { saveSettings } from './settings.ts';
import { freshDb, profile } from './test-util.ts';

describe('deleting', () => {
  it('removes a contact with everything it owns and detaches others', async () => {
    const db = await freshDb();
    const gone = (await upsertFromCapture(db, profile('gone'), 1)).contact;
    const kept = (await upsertFromCapture(db, profile('kept'), 2, { introducedBy: gone.id })).contact;
    const iv = await addInterview(db, { contactId: gone.id, scheduledAt: 5 }, 3);
    await addReminder(db, { contactId: gone.id, kind: 'thank-you', dueAt: 6, interviewId: iv.id });
    await addReferral(db, { fromContactId: gone.id, toContactId: kept.id, interviewId: iv.id }, 4);
    await savePersonDraft(db, gone.profileUrl!, { ...emptyDraft(), note: 'private note' });
    await savePersonDraft(db, kept.profileUrl!, { ...emptyDraft(), note: 'keep' });
    expect(await deleteContact(db, gone.id, 10)).toBe(true);
    expect(await getContact(db, gone.id)).toBeUndefined();
    for (const store of ['interviews', 'reminders', 'referrals'] as const) expect(await db.count(store)).toBe(0);
    expect((await db.getAll('captures')).map((c) => c.contactId)).toEqual([kept.id]);
    const activity = await db.getAll('activity');
    expect(activity.every((a) => a.contactId === kept.id)).toBe(true);
    const after = await getContact(db, kept.id);
    expect(after?.referredBy).toBeNull();
    expect(after?.introducedBy).toBeNull();
    expect(after?.rev).toBe(kept.rev + 2); // once for the referral, once for the detach
    expect(await deleteContact(db, gone.id, 11)).toBe(false);
    expect(await getPersonDraft(db, gone.profileUrl!)).toEqual(emptyDraft());
    expect((await getPersonDraft(db, kept.profileUrl!)).note).toBe('keep');
  });

  it('deleteEverything empties every store, settings included', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('all'), 1);
    await addInterview(db, { contactId: contact.id, scheduledAt: 5 }, 3);
    await saveSettings(db, defaultSettings('UTC'));
    await deleteEverything(db);
    for (const store of STORE_NAMES) expect(await db.count(store)).toBe(0);
  });
});
