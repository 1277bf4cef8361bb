import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { displayValue } from '../domain/contact.ts';
import { listActivity } from './activity.ts';
import {
  getContact,
  getContactByProfileUrl,
  listContacts,
  saveFromLink,
  setStage,
  updateContact,
  upsertFromCapture,
} from './contacts.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import type { CoffeeChatDB, DB } from './schema.ts';
import { freshDb, profile } from './test-util.ts';

describe('upsertFromCapture', () => {
  it('creates a contact with a normalised URL, a snapshot and an activity entry', async () => {
    const db = await freshDb();
    const p = profile('orla-b', { url: 'https://de.linkedin.com/in/Orla-B?trk=abc' });
    const { contact, created, changes } = await upsertFromCapture(db, p, 1000);
    expect(created).toBe(true);
    expect(changes).toEqual([]);
    expect(contact.profileUrl).toBe('https://www.linkedin.com/in/orla-b/');
    expect(contact.stage).toBe('to-contact');
    expect(contact.rev).toBe(1);
    expect(await db.count('captures')).toBe(1);
    const acts = await listActivity(db, contact.id);
    expect(acts.map((a) => a.kind)).toEqual(['captured']);
  });

  it('updates the same contact on a re-capture, keeps edits and reports what changed', async () => {
    const db = await freshDb();
    const first = await upsertFromCapture(db, profile('orla-b'), 1000);
    await updateContact(db, first.contact.id, { edits: { name: 'Orla B. (met at meetup)' } }, 1, 1500);
    const moved = profile('orla-b', {
      url: 'https://www.linkedin.com/in/orla-b/details/experience/',
      current: { title: 'Staff Engineer', company: 'Nimbus Lattice' },
      location: 'Lisbon, Portugal',
      skills: ['SQL', 'Python', 'Rust'],
    });
    const second = await upsertFromCapture(db, moved, 2000);
    expect(second.created).toBe(false);
    expect(second.contact.id).toBe(first.contact.id);
    expect(second.changes).toContain('New position: Staff Engineer at Nimbus Lattice');
    expect(second.changes).toContain('Moved to Lisbon, Portugal');
    expect(second.changes).toContain('1 new skill: Rust');
    expect(displayValue(second.contact, 'name')).toBe('Orla B. (met at meetup)');
    expect(displayValue(second.contact, 'company')).toBe('Nimbus Lattice');
    expect(second.contact.rev).toBe(3);
    expect(await db.count('contacts')).toBe(1);
    expect(await db.count('captures')).toBe(2);
  });

  it('keeps fields a sparse re-capture did not see', async () => {
    const db = await freshDb();
    await upsertFromCapture(db, profile('orla-b'), 1000);
    const sparse = profile('orla-b', { about: null, headline: null, experience: [], education: [], skills: [] });
    const { contact, changes } = await upsertFromCapture(db, sparse, 2000);
    expect(contact.captured?.headline).toBe('Data engineer');
    expect(contact.captured?.skills).toEqual(['SQL', 'Python']);
    expect(contact.captured?.education).toHaveLength(1);
    expect(changes).toEqual([]);
  });

  it('keeps an existing stage and fills referredBy only when unknown', async () => {
    const db = await freshDb();
    const a = await upsertFromCapture(db, profile('a'), 1, { stage: 'to-research', referredBy: 'x' });
    expect(a.contact.stage).toBe('to-research');
    const b = await upsertFromCapture(db, profile('a'), 2, { stage: 'met', referredBy: 'y' });
    expect(b.contact.stage).toBe('to-research');
    expect(b.contact.referredBy).toBe('x');
  });

  it('never creates duplicates when two captures of a new person race', async () => {
    const db = await freshDb();
    const results = await Promise.all([
      upsertFromCapture(db, profile('race'), 1),
      upsertFromCapture(db, profile('race'), 2),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.count('contacts')).toBe(1);
  });
});

describe('saveFromLink and lookups', () => {
  it('saves a link to research, and never a duplicate', async () => {
    const db = await freshDb();
    const a = await saveFromLink(db, { name: ' Tamsin Oakhollow ', url: 'linkedin.com/in/tamsin-o' }, 10);
    expect(a.created).toBe(true);
    expect(a.contact.stage).toBe('to-research');
    expect(displayValue(a.contact, 'name')).toBe('Tamsin Oakhollow');
    const b = await saveFromLink(db, { name: 'T.', url: 'https://www.linkedin.com/in/TAMSIN-O/?trk=x' }, 20);
    expect(b.created).toBe(false);
    expect(b.contact.id).toBe(a.contact.id);
    const c = await upsertFromCapture(db, profile('tamsin-o'), 30);
    expect(c.created).toBe(false);
    expect(await db.count('contacts')).toBe(1);
    expect((await getContactByProfileUrl(db, 'https://m.linkedin.com/in/tamsin-o'))?.id).toBe(a.contact.id);
    expect(await getContactByProfileUrl(db, 'https://www.linkedin.com/in/someone-else/')).toBeUndefined();
  });

  it('rejects a profile without a URL', async () => {
    const db = await freshDb();
    await expect(upsertFromCapture(db, profile('x', { url: '  ' }), 1)).rejects.toThrow(/URL/);
  });

  it('lists newest first, and pages', async () => {
    const db = await freshDb();
    for (let i = 0; i < 7; i++)
      await upsertFromCapture(db, profile(`p${i}`), 100 + i, { stage: i % 2 ? 'met' : 'to-contact' });
    const all = await listContacts(db, { limit: 3 });
    expect(all.map((c) => c.profileUrl)).toEqual(['p6', 'p5', 'p4'].map((s) => `https://www.linkedin.com/in/${s}/`));
    const page2 = await listContacts(db, { limit: 3, offset: 3 });
    expect(page2.map((c) => c.updatedAt)).toEqual([103, 102, 101]);
  });
});

describe('updateContact and revisions', () => {
  it('refuses the second of two updates based on the same revision', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('rev'), 1);
    const first = await updateContact(db, contact.id, { notes: 'from page A' }, contact.rev, 2);
    expect(first.rev).toBe(2);
    const second = updateContact(db, contact.id, { notes: 'from page B' }, contact.rev, 3);
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    const err = (await second.catch((e) => e)) as ConflictError;
    expect((err.current as typeof contact).notes).toBe('from page A');
    expect((await getContact(db, contact.id))?.notes).toBe('from page A');
  });

  it('refuses a stale save from another connection (another page)', async () => {
    const db = await freshDb();
    const other = (await openDB<CoffeeChatDB>(db.name)) as DB;
    const { contact } = await upsertFromCapture(db, profile('two-pages'), 1);
    await updateContact(other, contact.id, { stage: 'met' }, contact.rev, 2);
    await expect(updateContact(db, contact.id, { stage: 'declined' }, contact.rev, 3)).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await getContact(db, contact.id))?.stage).toBe('met');
    other.close();
  });

  it('refuses concurrent updates racing with the same revision', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('rev2'), 1);
    const results = await Promise.allSettled([
      updateContact(db, contact.id, { tags: ['a'] }, 1, 2),
      updateContact(db, contact.id, { tags: ['b'] }, 1, 3),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('merges edits, removes an edit set to undefined, normalises email and tags', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('edit'), 1);
    const a = await updateContact(
      db,
      contact.id,
      { edits: { title: 'CTO', company: 'Own startup' }, email: ' Orla@Example.COM ', tags: [' ml', 'ml', ''] },
      1,
      2,
    );
    expect(a.edits).toEqual({ title: 'CTO', company: 'Own startup' });
    expect(a.email).toBe('orla@example.com');
    expect(a.tags).toEqual(['ml']);
    const b = await updateContact(db, contact.id, { edits: { title: undefined } }, 2, 3);
    expect(b.edits).toEqual({ company: 'Own startup' });
    expect(displayValue(b, 'title')).toBe('Data Engineer');
  });

  it('throws NotFoundError for a missing contact', async () => {
    const db = await freshDb();
    await expect(updateContact(db, 'nope', { notes: 'x' }, 1, 1)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('setStage records the move in the timeline and tolerates a concurrent write', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('stage'), 1);
    await updateContact(db, contact.id, { notes: 'n' }, 1, 2);
    const moved = await setStage(db, contact.id, 'reached-out', 3);
    expect(moved.stage).toBe('reached-out');
    expect(moved.notes).toBe('n');
    const kinds = (await listActivity(db, contact.id)).map((a) => a.kind);
    expect(kinds).toContain('stage-changed');
    await expect(setStage(db, contact.id, 'met', 4, 1)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('saveContactPatch (merge after a lost race)', () => {
  it('re-applies a change to other fields, reports a change to the same field', async () => {
    const { saveContactPatch } = await import('./contact-merge.ts');
    const db = await freshDb();
    const { contact: base } = await upsertFromCapture(db, profile('merge'), 1);
    // Page B saves notes; page A, still holding `base`, saves tags: both survive.
    await updateContact(db, base.id, { notes: 'from B' }, base.rev, 2);
    const a = await saveContactPatch(db, base, { tags: ['from-a'] }, 3);
    expect(a.merged).toBe(true);
    expect(a.contact).toMatchObject({ notes: 'from B', tags: ['from-a'], rev: 3 });
    // Page C, also holding `base`, edits notes too: that is a real conflict, nothing is overwritten.
    const err = await saveContactPatch(db, base, { notes: 'from C' }, 4).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).fields).toEqual(['notes']);
    expect((await getContact(db, base.id))?.notes).toBe('from B');
    const fresh = await saveContactPatch(db, (await getContact(db, base.id))!, { notes: 'from C' }, 5);
    expect(fresh.merged).toBe(false);
  });
});
