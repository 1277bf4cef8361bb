// Each user action commits whole or not at all: a fault armed on the store its last piece
// writes (store/test-faults.ts) fails the action, and every store reads back as before.
import { afterEach, describe, expect, it } from 'vitest';
import { listActivity } from '../activity.ts';
import { getContact, upsertFromCapture } from '../contacts.ts';
import { StorageFullError } from '../errors.ts';
import { faults } from '../test-faults.ts';
import { everything, freshDb, profile } from '../test-util.ts';
import { changeStage } from './change-stage.ts';
import { markReachedOut } from './mark-reached-out.ts';
import { savePerson } from './save-person.ts';

afterEach(() => faults.disarm());

/** Runs `action` and returns how many write transactions it took. */
async function writesOf(action: () => Promise<unknown>): Promise<number> {
  faults.forgetWrites();
  await action();
  return faults.writes().length;
}

describe('savePerson', () => {
  it('saves the capture with the corrections, email, note and stage in one go', async () => {
    const db = await freshDb();
    const { contact, created } = await savePerson(
      db,
      profile('sp-one'),
      {
        stage: 'to-contact',
        fields: { title: 'Lead engineer', name: ' ' },
        email: 'Orla@Example.org',
        note: 'Met at the meetup',
      },
      10,
    );
    expect(created).toBe(true);
    expect(await writesOf(() => savePerson(db, profile('sp-one'), { note: 'Again', stage: 'met' }, 11))).toBe(1);
    expect(contact.edits).toEqual({ title: 'Lead engineer' });
    expect(contact.email).toBe('orla@example.org');
    expect(contact.notes).toBe('Met at the meetup');
    expect((await getContact(db, contact.id))?.notes).toBe('Met at the meetup\n\nAgain');
  });

  it('moves a saved person to the stage picked, and keeps it when none is', async () => {
    const db = await freshDb();
    const first = (await savePerson(db, profile('sp-two'), { stage: 'to-contact' }, 1)).contact;
    expect((await savePerson(db, profile('sp-two'), { stage: 'met' }, 2)).contact.stage).toBe('met');
    expect((await savePerson(db, profile('sp-two'), {}, 3)).contact.stage).toBe('met');
    expect((await savePerson(db, profile('sp-two'), { stageIfNew: 'to-research' }, 4)).contact.stage).toBe('met');
    expect((await getContact(db, first.id))?.stage).toBe('met');
  });

  it('writes nothing when the write of the corrections fails', async () => {
    const db = await freshDb();
    await savePerson(db, profile('sp-three'), {}, 1);
    const before = await everything(db);
    faults.arm({ kind: 'quota', store: 'contacts' });
    const failed = savePerson(db, profile('sp-three', { headline: 'New' }), { fields: { title: 'T' }, note: 'n' }, 2);
    await expect(failed).rejects.toBeInstanceOf(StorageFullError);
    expect(await everything(db)).toEqual(before);
  });
});

describe('markReachedOut', () => {
  it('moves a saved person and says in the timeline how the message went out', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('ro-one'), 1);
    const input = { fields: {}, email: '', note: '' };
    faults.forgetWrites();
    const moved = await markReachedOut(
      db,
      { savedId: contact.id, profile: profile('ro-one'), input },
      'message-copied',
      2,
    );
    expect(moved.stage).toBe('reached-out');
    expect(faults.writes()).toHaveLength(1);
    const kinds = (await listActivity(db, contact.id)).map((a) => a.kind);
    expect(kinds).toEqual(['captured', 'stage-changed', 'message-copied']);
    expect((await db.getAll('reminders')).some((r) => r.kind === 'no-reply')).toBe(true);
  });

  it('saves someone not saved yet as reached out, with what the user typed', async () => {
    const db = await freshDb();
    const input = { fields: { company: 'Own Co' }, email: '', note: 'Sent on Monday' };
    const c = await markReachedOut(db, { savedId: null, profile: profile('ro-two'), input }, 'email-opened', 5);
    expect(c.stage).toBe('reached-out');
    expect(c.edits.company).toBe('Own Co');
    expect(c.notes).toBe('Sent on Monday');
    expect((await listActivity(db, c.id)).at(-1)?.kind).toBe('email-opened');
  });

  it('leaves the stage, timeline and reminders as they were when the timeline entry cannot be written', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('ro-three'), 1);
    const before = await everything(db);
    faults.arm({ kind: 'error', store: 'activity' });
    const person = { savedId: contact.id, profile: profile('ro-three'), input: {} };
    await expect(markReachedOut(db, person, 'message-copied', 2)).rejects.toThrow(/Test fault/);
    expect(await everything(db)).toEqual(before);
    faults.arm({ kind: 'error', store: 'activity' });
    await expect(markReachedOut(db, { ...person, savedId: null }, 'message-copied', 3)).rejects.toThrow();
    expect(await everything(db)).toEqual(before);
  });
});

describe('changeStage', () => {
  it('applies to the contact as stored, and fails whole', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('cs-one'), 1);
    const before = await everything(db);
    faults.arm({ kind: 'conflict', store: 'contacts' });
    await expect(changeStage(db, contact.id, 'reached-out', 2)).rejects.toThrow();
    expect(await everything(db)).toEqual(before);
    expect((await changeStage(db, contact.id, 'reached-out', 3)).stage).toBe('reached-out');
  });
});
