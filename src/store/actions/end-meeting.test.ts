import { afterEach, describe, expect, it } from 'vitest';
import { getContact, upsertFromCapture } from '../contacts.ts';
import { addInterview } from '../interviews.ts';
import { referralsFrom } from '../referrals.ts';
import { listReminders } from '../reminders.ts';
import { faults } from '../test-faults.ts';
import { everything, freshDb, profile } from '../test-util.ts';
import { addReferredPerson } from './add-referred-person.ts';
import { endMeeting } from './end-meeting.ts';
import { scheduleInterview } from './schedule-interview.ts';

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

afterEach(() => faults.disarm());

describe('ending a meeting', () => {
  it('closes the interview, moves the stage to met, sets thank-you and follow-up once', async () => {
    const { db, contact, interview } = await setup();
    faults.forgetWrites();
    const r = await endMeeting(db, interview.id, MET);
    expect(faults.writes()).toHaveLength(1);
    expect(r.interview.endedAt).toBe(MET);
    expect((await getContact(db, contact.id))?.stage).toBe('met');
    const again = await endMeeting(db, interview.id, MET + 60_000);
    expect(again.interview.endedAt).toBe(MET); // ending twice keeps the first end
    const reminders = await listReminders(db, contact.id);
    expect(reminders.map((x) => x.kind).sort()).toEqual(['follow-up', 'thank-you']);
    expect(reminders.find((x) => x.kind === 'thank-you')?.interviewId).toBe(interview.id);
  });

  it('leaves the meeting open, the stage and the reminders as they were when the reminders cannot be written', async () => {
    const { db, interview } = await setup();
    const before = await everything(db);
    faults.arm({ kind: 'quota', store: 'reminders' });
    await expect(endMeeting(db, interview.id, MET)).rejects.toThrow(/no room left/);
    expect(await everything(db)).toEqual(before);
  });
});

describe('scheduling a meeting', () => {
  it('books the interview and moves the contact to scheduled, or does neither', async () => {
    const { db, contact } = await setup();
    const before = await everything(db);
    faults.arm({ kind: 'error', store: 'interviews' });
    const input = { contactId: contact.id, scheduledAt: MET + 86_400_000, questions: ['Q2'] };
    await expect(scheduleInterview(db, input, MET)).rejects.toThrow(/Test fault/);
    expect(await everything(db)).toEqual(before);
    faults.forgetWrites();
    const booked = await scheduleInterview(db, input, MET);
    expect(faults.writes()).toHaveLength(1);
    expect(booked.questions).toEqual([{ text: 'Q2', asked: false }]);
    expect((await getContact(db, contact.id))?.stage).toBe('scheduled');
  });
});

describe('who to talk to next', () => {
  it('turns names, with or without a profile link, into contacts referred by this person', async () => {
    const { db, contact, interview } = await setup();
    const from = { contactId: contact.id, interviewId: interview.id };
    faults.forgetWrites();
    const a = await addReferredPerson(db, from, { name: 'Ivo Penhallow' }, MET);
    expect(faults.writes()).toHaveLength(1);
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

  it('adds neither the person nor the referral when the referral cannot be written', async () => {
    const { db, contact, interview } = await setup();
    const from = { contactId: contact.id, interviewId: interview.id };
    const before = await everything(db);
    for (const person of [
      { name: 'Ivo Penhallow' },
      { name: 'Suki', url: 'https://www.linkedin.com/in/suki-t-test/' },
    ]) {
      faults.arm({ kind: 'error', store: 'referrals' });
      await expect(addReferredPerson(db, from, person, MET)).rejects.toThrow(/Test fault/);
      expect(await everything(db)).toEqual(before);
    }
  });
});
