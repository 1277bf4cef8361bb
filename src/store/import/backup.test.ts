import { describe, expect, it } from 'vitest';
import { emptyDebrief } from '../../domain/learning.ts';
import { defaultSettings } from '../../domain/settings.ts';
import { listCarried } from '../carried.ts';
import { deleteEverything, getContact, recordReply, updateContact, upsertFromCapture } from '../contacts.ts';
import { exportBackup, exportBackupBlob, exportBackupJson } from '../export/index.ts';
import { addInterview, updateInterview } from '../interviews.ts';
import { emptyDraft, getPersonDraft, savePersonDraft } from '../person-drafts.ts';
import { addReferral } from '../referrals.ts';
import { addReminder } from '../reminders.ts';
import { saveSettings } from '../settings.ts';
import { freshDb, profile } from '../test-util.ts';
import { commitImport, ImportError, previewImport } from './index.ts';

async function populated() {
  const db = await freshDb();
  const a = (await upsertFromCapture(db, profile('ama-q', { name: 'Ama Quorne' }), 1)).contact;
  const b = (
    await upsertFromCapture(
      db,
      profile('bo-r', {
        name: 'Bo Rennet',
        incomplete: [{ section: 'experience', shown: 3, total: 7, hint: 'Open “Show all”' }],
      }),
      2,
      { introducedBy: a.id },
    )
  ).contact;
  await updateContact(
    db,
    a.id,
    { edits: { title: 'Hydrologist' }, notes: 'Ünïcode ✓ notes\nline 2', tags: ['water'], email: 'ama@example.org' },
    1,
    3,
  );
  const iv = await addInterview(db, { contactId: a.id, scheduledAt: Date.UTC(2026, 1, 3, 14), questions: ['Q1'] }, 4);
  await addReferral(db, { fromContactId: a.id, toContactId: b.id, interviewId: iv.id }, 5);
  await addReminder(db, { contactId: a.id, kind: 'thank-you', dueAt: 6, interviewId: iv.id });
  // The learning loop: a debrief, a carried question, what they care about, a cadence, a reply.
  const debrief = emptyDebrief();
  debrief.fit.skills = { score: 4, note: 'GIS daily' };
  debrief.toFindOut = 'Pay range';
  await updateInterview(db, iv.id, { newQuestions: 'Who funds the lab?', debrief }, iv.rev, 6);
  const a2 = (await getContact(db, a.id))!;
  await updateContact(db, a.id, { caresAbout: 'Open data', keepInTouchMonths: 6 }, a2.rev, 6);
  await recordReply(db, a.id, 6);
  const s = defaultSettings('Europe/Lisbon');
  s.user.name = 'Sol';
  s.templates.thankYou = { subject: 'Thanks', body: 'Thank you, {{name}}' };
  await saveSettings(db, s);
  await savePersonDraft(db, 'https://www.linkedin.com/in/someone-new/', {
    ...emptyDraft(),
    note: 'draft survives',
    updatedAt: 7,
  });
  return { db, a, b };
}

describe('JSON backup', () => {
  it('round-trips exactly: export → delete everything → import → same data', async () => {
    const { db } = await populated();
    const before = await exportBackup(db, 100);
    const text = await exportBackupJson(db, 100);
    await deleteEverything(db);
    const p = await previewImport(db, text);
    expect(p.kind).toBe('json-backup');
    expect(p.toAdd).toHaveLength(2);
    const report = await commitImport(db, p, 200);
    expect(report).toMatchObject({ added: 2, updated: 0, skipped: [] });
    expect(await exportBackup(db, 100)).toEqual(before);
    expect(before.kv).toHaveLength(1);
    expect(before.stores.carried.map((q) => q.text)).toEqual(['Who funds the lab?']);
    expect((await listCarried(db)).map((q) => q.text)).toEqual(['Who funds the lab?']);
    expect(before.stores.interviews[0]?.debrief?.fit.skills.score).toBe(4);
    expect(await getContact(db, before.stores.contacts.find((c) => c.caresAbout)!.id)).toMatchObject({
      caresAbout: 'Open data',
      keepInTouchMonths: 6,
      repliedAt: 6,
    });
    expect((await getPersonDraft(db, 'linkedin.com/in/someone-new')).note).toBe('draft survives');
  });

  it('is written in pages, and any page size gives the same file, every record once', async () => {
    const { db } = await populated();
    for (let i = 0; i < 5; i++) await upsertFromCapture(db, profile(`paged-${i}`), 10 + i);
    const whole = await exportBackupJson(db, 3);
    for (const [size, inFlight] of [
      [1, 1],
      [1, 3],
      [2, 8],
      [3, 2],
      [30_000, 2],
    ])
      expect(await (await exportBackupBlob(db, 3, size, inFlight)).text()).toBe(whole);
    const data = JSON.parse(whole);
    expect(data.stores.contacts).toHaveLength(7);
    expect(new Set(data.stores.contacts.map((c: { id: string }) => c.id)).size).toBe(7);
    expect(Object.keys(data)).toEqual(['format', 'version', 'schemaVersion', 'exportedAt', 'stores', 'settings', 'kv']);
    expect((await exportBackupBlob(db, 3)).type).toBe('application/json');
  });

  it('restoring over the same data changes nothing; an older backup never undoes later edits', async () => {
    const { db, a } = await populated();
    const text = await exportBackupJson(db, 1);
    const same = await previewImport(db, text);
    expect(same.unchanged).toHaveLength(2);
    expect(same.toAdd).toHaveLength(0);
    const current = (await getContact(db, a.id))!;
    await updateContact(db, a.id, { notes: 'newer' }, current.rev, 10);
    const p = await previewImport(db, text);
    expect(p.toUpdate).toEqual([]);
    expect(p.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/newer than the backup/)]);
    await commitImport(db, p, 11);
    expect((await getContact(db, a.id))?.notes).toBe('newer');
    // A backup copy that is newer (e.g. from another browser) replaces the stored one.
    const data = JSON.parse(text);
    data.stores.contacts[0] = { ...data.stores.contacts[0], notes: 'from laptop', rev: 99, updatedAt: 99 };
    const q = await previewImport(db, JSON.stringify(data));
    expect(q.toUpdate.map((u) => u.contactId)).toEqual([data.stores.contacts[0].id]);
    await commitImport(db, q, 12);
    expect((await getContact(db, data.stores.contacts[0].id))?.notes).toBe('from laptop');
  });

  it('joins a backup contact to the one already saved under another id', async () => {
    const { db } = await populated();
    const text = await exportBackupJson(db, 1);
    const other = await freshDb();
    const mine = (await upsertFromCapture(other, profile('ama-q'), 1)).contact;
    const p = await previewImport(other, text);
    expect(p.skipped[0]?.reason).toMatch(/already saved/);
    const report = await commitImport(other, p, 2);
    expect(report.added).toBe(1);
    expect(await other.count('contacts')).toBe(2);
    expect(await other.getAllFromIndex('interviews', 'contactId', mine.id)).toHaveLength(1);
  });

  it('skips damaged records with a reason and refuses what is not a backup', async () => {
    const { db } = await populated();
    const data = JSON.parse(await exportBackupJson(db, 1));
    data.stores.activity.push({ id: 'x' });
    data.stores.reminders.push({ id: 'r', contactId: 'nobody', kind: 'custom', dueAt: 1 });
    data.stores.carried.push({ id: 'q', text: '', contactId: 'c', interviewId: 'i', at: 1 }, '<script>');
    const fresh = await freshDb();
    const p = await previewImport(fresh, JSON.stringify(data));
    expect(p.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^activity\[\d+\]: activity: "contactId" is missing/),
      'carried[1]: carried question: "text" is missing',
      'carried[2]: carried question: not an object',
      expect.stringMatching(/^reminders\[2\]: its contact is neither/),
    ]);
    for (const bad of ['{"format":"other"}', '{"format":"coffee-chat-backup","version":99}', '{not json']) {
      await expect(previewImport(fresh, bad)).rejects.toBeInstanceOf(ImportError);
    }
  });
});
