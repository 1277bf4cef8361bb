import { describe, expect, it } from 'vitest';
import { listCarried, openCarried, setCarriedStatus } from './carried.ts';
import { deleteContact, upsertFromCapture } from './contacts.ts';
import { addInterview, getInterview, updateInterview } from './interviews.ts';
import { freshDb, profile } from './test-util.ts';

describe('carried-forward questions', () => {
  it('become the lines of a meeting\'s "New questions", with their origin', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('ana', { name: 'Ana Pellworth' }), 1);
    const iv = await addInterview(db, { contactId: contact.id, scheduledAt: 5000 }, 2);
    const v2 = await updateInterview(
      db,
      iv.id,
      { newQuestions: '- How are teams funded?\n\n2. Who hires juniors?' },
      1,
      3,
    );
    const open = await openCarried(db);
    expect(open.map((q) => q.text)).toEqual(['How are teams funded?', 'Who hires juniors?']);
    expect(open[0]).toMatchObject({
      contactId: contact.id,
      interviewId: iv.id,
      at: 5000,
      organisation: 'Quillfeather Labs',
      field: 'engineering',
      status: 'open',
    });
    // Editing the box keeps the unchanged question's record and drops the deleted line.
    const keptId = open[0]?.id;
    await updateInterview(db, iv.id, { newQuestions: 'How are teams funded?\nIs remote work usual?' }, v2.rev, 4);
    const after = await openCarried(db);
    expect(after.map((q) => q.text).sort()).toEqual(['How are teams funded?', 'Is remote work usual?']);
    expect(after.find((q) => q.text === 'How are teams funded?')?.id).toBe(keptId);
  });

  it('leave the list once ticked as asked in a later meeting, or dismissed', async () => {
    const db = await freshDb();
    const { contact: ana } = await upsertFromCapture(db, profile('ana2'), 1);
    const { contact: ben } = await upsertFromCapture(db, profile('ben2', { name: 'Ben Rooke' }), 1);
    const first = await addInterview(db, { contactId: ana.id, scheduledAt: 10 }, 2);
    await updateInterview(db, first.id, { newQuestions: 'How are teams funded?\nWho hires juniors?' }, 1, 3);
    const later = await addInterview(
      db,
      { contactId: ben.id, scheduledAt: 20, questions: ['How are teams funded', 'Something else?'] },
      4,
    );
    const stored = (await getInterview(db, later.id))!;
    await updateInterview(
      db,
      later.id,
      { questions: stored.questions.map((q, i) => ({ ...q, asked: i === 0 })) },
      stored.rev,
      5,
    );
    const all = await listCarried(db);
    expect(all.find((q) => q.text === 'How are teams funded?')).toMatchObject({ status: 'asked', askedIn: later.id });
    expect((await openCarried(db)).map((q) => q.text)).toEqual(['Who hires juniors?']);
    const [left] = await openCarried(db);
    await setCarriedStatus(db, left!.id, 'dismissed', 6);
    expect(await openCarried(db)).toEqual([]);
    // Both stay in the journal's history; deleting the person they came from removes them.
    expect(await listCarried(db)).toHaveLength(2);
    await deleteContact(db, ana.id, 7);
    expect(await listCarried(db)).toEqual([]);
  });
});
