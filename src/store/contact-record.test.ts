import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact.ts';
import { bench } from './bench-data.ts';
import { compactContact, readContact, readContacts } from './contact-record.ts';
import { getContact, getContactByProfileUrl, listContacts } from './contacts.ts';
import { exportBackup } from './export/backup.ts';
import { commitImport, previewImport } from './import/index.ts';
import { contactFromRow } from './import/plan.ts';
import { makeRow } from './import/rows.ts';
import { ContactSearch } from './search.ts';
import { freshDb } from './test-util.ts';

const stored = (c: Contact) => structuredClone(compactContact(c)) as Contact;

describe('compact contact records', () => {
  it('read back as the whole contact, whatever the contact', () => {
    const imported = contactFromRow(
      makeRow(4, {
        name: 'Orla Vennick',
        url: 'linkedin.com/in/orla-v',
        company: 'Kiln Works',
        connectedOn: '3 Mar 2024',
      }),
      'linkedin-connections',
      9,
    );
    const noUrl = contactFromRow(makeRow(5, { name: 'Pim Ashdown', email: 'pim@example.org' }), 'vcard', 9);
    const elsewhere = { ...imported, captured: { ...imported.captured!, url: 'https://example.org/orla' } };
    const bare: Contact = { ...imported, captured: null, importedFrom: undefined };
    delete bare.importedFrom;
    for (const c of [imported, noUrl, elsewhere, bare, ...bench.contacts(40, { seed: 5, notes: 40 })]) {
      expect(readContact(stored(c))).toEqual(c);
    }
  });

  it('leave out what is empty, and a whole record reads back unchanged', () => {
    const imported = contactFromRow(
      makeRow(4, { name: 'Orla Vennick', url: 'linkedin.com/in/orla-v', title: 'Planner' }),
      'csv',
      9,
    );
    const compact = compactContact(imported);
    expect(Object.keys(compact).sort()).toEqual([
      'captured',
      'createdAt',
      'id',
      'importedFrom',
      'profileUrl',
      'rev',
      'stage',
      'updatedAt',
    ]);
    expect(Object.keys(compact.captured!).sort()).toEqual(['current', 'name', 'site']);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(imported).length * 0.6);
    const whole = structuredClone(imported);
    expect(readContact(whole)).toEqual(imported);
    expect(readContacts([])).toEqual([]);
    expect(readContact(undefined)).toBeUndefined();
  });

  it('an import stores them compact, and every read gives whole contacts', async () => {
    const db = await freshDb();
    const csv = bench.connectionsCsv(50);
    await commitImport(db, await previewImport(db, csv, { now: 1 }), 1);
    const raw = await db.getAll('contacts');
    expect(raw.length).toBeGreaterThan(40);
    expect(raw.every((r) => !('tags' in r) && !('notes' in r))).toBe(true);

    const whole = (c: Contact | undefined) => {
      expect(c).toBeDefined();
      expect(c).toMatchObject({ tags: [], notes: '', edits: {}, referredBy: null, introducedBy: null });
      expect(c!.captured).toMatchObject({
        url: c!.profileUrl,
        experience: [],
        skills: [],
        sources: {},
        incomplete: [],
      });
    };
    const first = raw[0]!;
    whole(await getContact(db, first.id));
    whole(await getContactByProfileUrl(db, first.profileUrl!));
    for (const c of await listContacts(db, { limit: 5 })) whole(c);
    const backup = await exportBackup(db, 2);
    for (const c of backup.stores.contacts) whole(c);
    const search = await ContactSearch.build(db);
    expect(search.search(readContact(structuredClone(first)).captured!.name!).map((h) => h.id)).toContain(first.id);
  });
});
