import { describe, expect, it } from 'vitest';
import { addReferredPerson } from './add-referred.ts';
import { getContact, upsertFromCapture } from './contacts.ts';
import { endMeeting } from './end-meeting.ts';
import { addInterview } from './interviews.ts';
import { referralsFrom } from './referrals.ts';
import { listReminders } from './reminders.ts';
import { freshDb, profile } from './test-util.ts';

const MET = Date.UTC(2026, 2, 10, 15, 0);

async function setup() {
  const db = await freshDb();
  const { contact } = await upsertFromCapture(
    db,
    profile('wren-ashdown-test', { name: 'Wren Ashdown' }),
    MET - 86_400_000,
  );
  const interview = await addInterview(
    db,
    { contactId: contact.id, scheduledAt: MET - 20 * 60_000, questions: ['Q1'] },
    MET - 86_400_000,
  );
  return { db, contact, interview };
}

describe('ending a meeting', () => {
  it('closes the interview, moves the stage to met, sets thank-you and follow-up once', async () => {
    const { db, contact, interview } = await setup();
    const r = await endMeeting(db, interview.id, MET);
    expect(r.interview.endedAt).toBe(MET);
    expect((await getContact(db, contact.id))?.stage).toBe('met');
    const again = await endMeeting(db, interview.id, MET + 60_000);
    expect(again.interview.endedAt).toBe(MET); // ending twice keeps the first end
    const reminders = await listReminders(db, contact.id);
    expect(reminders.map((x) => x.kind).sort()).toEqual(['follow-up', 'thank-you']);
    expect(reminders.find((x) => x.kind === 'thank-you')?.interviewId).toBe(interview.id);
  });
});

describe('who to talk to next', () => {
  it('turns names, with or without a profile link, into contacts referred by this person', async () => {
    const { db, contact, interview } = await setup();
    const from = { contactId: contact.id, interviewId: interview.id };
    const a = await addReferredPerson(db, from, { name: 'Ivo Penhallow' }, MET);
    const b = await addReferredPerson(
      db,
      from,
      { name: 'Suki Tarrant', url: 'https://www.linkedin.com/in/suki-tarrant-test/' },
      MET,
    );
    expect(await getContact(db, a.id)).toMatchObject({
      referredBy: contact.id,
      edits: { name: 'Ivo Penhallow' },
      stage: 'to-research',
    });
    expect((await getContact(db, b.id))?.referredBy).toBe(contact.id);
    const refs = await referralsFrom(db, contact.id);
    expect(refs.map((r) => r.toContactId).sort()).toEqual([a.id, b.id].sort());
    expect(refs.every((r) => r.interviewId === interview.id)).toBe(true);
  });
});
