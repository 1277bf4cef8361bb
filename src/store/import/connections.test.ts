import { afterEach, describe, expect, it, vi } from 'vitest';
import { displayValue } from '../../domain/contact.ts';
import { listActivity } from '../activity.ts';
import { bench } from '../bench-data.ts';
import { getContactByProfileUrl, updateContact, upsertFromCapture } from '../contacts.ts';
import { StorageFullError } from '../errors.ts';
import { freshDb, profile } from '../test-util.ts';
import { fixtureBytes, fixtureText } from './fixtures.ts';
import { commitImport, ImportError, previewImport } from './index.ts';

afterEach(() => vi.restoreAllMocks());

describe('LinkedIn Connections.csv', () => {
  it('previews the preamble-prefixed file: adds, duplicates, hidden and bad rows', async () => {
    const db = await freshDb();
    const p = await previewImport(db, fixtureText('Connections.csv'), { now: 1 });
    expect(p.kind).toBe('linkedin-connections');
    expect(p.rows).toBe(7);
    expect(p.toAdd.map((r) => r.name)).toEqual([
      'Zoë Brindlewick',
      'Tobiah Marrowgate, PhD',
      'Selka Ovenden',
      'Rufo Tamberlane',
    ]);
    const zoe = p.toAdd[0]!;
    expect(zoe.profileUrl).toBe('https://www.linkedin.com/in/zoë-brindlewick-4a1b2c/');
    expect(zoe.connectedOn).toBe('2024-10-15');
    expect(p.toAdd[1]).toMatchObject({
      company: 'Nimbus Lattice, Inc.',
      email: 'tobiah@example.com',
      connectedOn: '2023-01-03',
    });
    expect(p.toAdd[3]).toMatchObject({
      title: 'Engineer "Level 3"',
      profileUrl: 'https://www.linkedin.com/in/rufo-tamberlane/',
    });
    expect(p.skipped.map((s) => s.row)).toEqual([8, 10, 11]);
    expect(p.skipped[0]!.reason).toMatch(/No name, profile URL or email/);
    expect(p.skipped[1]!.reason).toBe('Same person as row 5');
    expect(p.skipped[2]!.reason).toMatch(/Not a web address/);
    expect(await db.count('contacts')).toBe(0); // a preview writes nothing
  });

  it('commits in one go, then a re-import adds nothing and updates only what changed', async () => {
    const db = await freshDb();
    const report = await commitImport(db, await previewImport(db, fixtureText('Connections.csv'), { now: 1 }), 1);
    expect(report).toMatchObject({ added: 4, updated: 0, unchanged: 0 });
    expect(report.skipped).toHaveLength(3);
    const zoe = await getContactByProfileUrl(db, 'https://www.linkedin.com/in/zo%C3%AB-brindlewick-4a1b2c');
    expect(displayValue(zoe!, 'company')).toBe('Quillfeather Labs');
    expect((await listActivity(db, zoe!.id))[0]?.text).toBe(
      'Imported from LinkedIn connections (connected 2024-10-15)',
    );
    // The origin lives on the contact: an import of new people writes no timeline records.
    expect(zoe!.importedFrom).toEqual({ source: 'linkedin-connections', connectedOn: '2024-10-15' });
    expect(await db.count('activity')).toBe(0);

    const moved = fixtureText('Connections.csv').replace(
      'Selka,Ovenden,https://www.linkedin.com/in/selkaovenden,,Brackwater Institute',
      'Selka,Ovenden,https://www.linkedin.com/in/selkaovenden,,Vantmoor Water',
    );
    const again = await previewImport(db, moved, { now: 2 });
    expect(again.toAdd).toEqual([]);
    expect(again.unchanged).toHaveLength(3);
    expect(again.toUpdate.map((u) => u.changes)).toEqual([['Position: Hydrologist, Flood Risk at Vantmoor Water']]);
    const r2 = await commitImport(db, again, 2);
    expect(r2).toMatchObject({ added: 0, updated: 1, unchanged: 3 });
    expect(await db.count('contacts')).toBe(4);
    // An update says what it changed, after the import that created the contact.
    const selka = await getContactByProfileUrl(db, 'https://www.linkedin.com/in/selkaovenden');
    expect((await listActivity(db, selka!.id)).map((a) => a.text)).toEqual([
      'Imported from LinkedIn connections (connected 2024-02-29)',
      'Imported from LinkedIn connections: Position: Hydrologist, Flood Risk at Vantmoor Water',
    ]);
  });

  it('commits what a preview planned into an empty store, and plans again if the store changed since', async () => {
    const db = await freshDb();
    const p = await previewImport(db, fixtureText('Connections.csv'), { now: 1 });
    expect(p.plannedAgainstEmpty).toBe(true);
    const report = await commitImport(db, p, 7);
    expect(report).toMatchObject({ added: 4, updated: 0, unchanged: 0, skipped: p.skipped });
    const stored = await db.getAll('contacts');
    expect(new Set(stored.map((c) => c.id))).toEqual(new Set(report.contactIds));
    expect(stored.map((c) => c.profileUrl).sort()).toEqual(p.toAdd.map((r) => r.profileUrl).sort());
    expect(stored.map((c) => [c.createdAt, c.updatedAt])).toEqual(stored.map(() => [7, 7]));

    // Someone saves a person from the file between the preview and the commit: no duplicate.
    const other = await freshDb();
    const late = await previewImport(other, fixtureText('Connections.csv'), { now: 1 });
    const saved = (await upsertFromCapture(other, profile('selkaovenden', { name: 'Selka Ovenden' }), 2)).contact;
    const r2 = await commitImport(other, late, 3);
    expect(r2.added).toBe(3);
    expect(r2.contactIds).not.toContain(saved.id);
    expect(await other.countFromIndex('contacts', 'profileUrl', saved.profileUrl!)).toBe(1);
    expect(await other.count('contacts')).toBe(4);
  });

  it('never overwrites user edits or a real capture, and matches on email then name + company', async () => {
    const db = await freshDb();
    const captured = (
      await upsertFromCapture(
        db,
        profile('selkaovenden', { name: 'Selka Ovenden', current: { title: 'Lead', company: 'Brackwater' } }),
        1,
      )
    ).contact;
    await updateContact(db, captured.id, { edits: { title: 'My own title' } }, 1, 2);
    const byEmail = (await upsertFromCapture(db, profile('someone-else', { name: 'T M' }), 3)).contact;
    await updateContact(db, byEmail.id, { email: 'TOBIAH@example.com' }, 1, 4);
    const p = await previewImport(db, fixtureText('Connections.csv'), { now: 5 });
    expect(p.unchanged.map((u) => u.contactId)).toContain(captured.id);
    // Same email but a different profile URL: a different person, not a match.
    expect(p.toAdd.map((r) => r.name)).toContain('Tobiah Marrowgate, PhD');
    await commitImport(db, p, 5);
    const after = await getContactByProfileUrl(db, 'linkedin.com/in/selkaovenden');
    expect(displayValue(after!, 'title')).toBe('My own title');
    expect(displayValue(after!, 'company')).toBe('Brackwater');

    const db2 = await freshDb();
    const noUrl = (
      await commitImport(
        db2,
        await previewImport(db2, 'Name,Company\nSelka Ovenden,Brackwater Institute Ltd\n', { now: 1 }),
        1,
      )
    ).contactIds[0]!;
    const p2 = await previewImport(db2, fixtureText('Connections.csv'), { now: 2 });
    expect(p2.toUpdate.map((u) => [u.contactId, u.changes[0]])).toEqual([[noUrl, 'Profile URL added']]);
  });

  it('refuses broken quoting, wrong encoding and binary files, writing nothing', async () => {
    const db = await freshDb();
    const cases: [string | Uint8Array, string][] = [
      [fixtureText('Connections-broken-quote.csv'), 'csv-quoting'],
      [fixtureBytes('Connections-latin1.csv'), 'encoding'],
      [fixtureBytes('spreadsheet.xlsx'), 'zip-damaged'], // starts like a ZIP, and is not a whole one
      [fixtureBytes('image.png'), 'binary'],
      ['First Name,Last Name,URL,Email Address,Company,Position,Connected On\n', 'no-rows'],
      [new Uint8Array(50 * 1024 * 1024 + 1), 'too-large'],
    ];
    for (const [input, code] of cases) {
      const err = await previewImport(db, input).catch((e) => e);
      expect(err, code).toBeInstanceOf(ImportError);
      expect((err as ImportError).code).toBe(code);
      expect((err as Error).message.length).toBeGreaterThan(20);
    }
    expect(await db.count('contacts')).toBe(0);
  });

  it('is all or nothing: a full disk mid-import writes no row and keeps what was there', async () => {
    const db = await freshDb();
    const before = (await upsertFromCapture(db, profile('kept'), 1)).contact;
    const preview = await previewImport(db, fixtureText('Connections.csv'), { now: 2 });
    const proto = globalThis.IDBObjectStore.prototype;
    const real = proto.put;
    let calls = 0;
    vi.spyOn(proto, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++calls === 3) throw new DOMException('full', 'QuotaExceededError');
      return real.apply(this, args);
    });
    await expect(commitImport(db, preview, 2)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await db.getAll('contacts')).toEqual([before]);
    expect(await db.count('activity')).toBe(1);
  });

  it('imports a 10,000-row synthetic export (30,000 is timed by the Chromium bench)', async () => {
    const db = await freshDb();
    const csv = bench.connectionsCsv(10_000);
    const t0 = performance.now();
    const p = await previewImport(db, csv, { now: 1 });
    const report = await commitImport(db, p, 1);
    console.info(`10,000-row import: ${(performance.now() - t0).toFixed(0)} ms in fake-indexeddb`);
    expect(report.added + report.skipped.length).toBe(10_000);
    expect(report.added).toBeGreaterThan(9_700);
    expect(await db.count('contacts')).toBe(report.added);
  }, 120_000);
});
