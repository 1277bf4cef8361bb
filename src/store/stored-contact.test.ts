// The contacts store holds StoredContacts, not Contacts: a compact record (an import's) lacks its
// empty fields, so using a raw read as a Contact must not compile. The @ts-expect-error lines are
// the proof: `tsc` (npm test's type-check) fails if any of them stops being an error.
import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact.ts';
import { compactContact, readContact, type StoredContact } from './contact-record.ts';
import { newContact } from './records.ts';
import { freshDb } from './test-util.ts';

describe('stored contacts', () => {
  it('are Contacts only through readContact', async () => {
    const db = await freshDb();
    const whole = newContact({ edits: { name: 'Ines Quarrow' } }, 1_000);
    await db.put('contacts', compactContact(whole));
    const raw = await db.get('contacts', whole.id);
    // @ts-expect-error a stored contact may lack its empty fields
    const unread: Contact | undefined = raw;
    // @ts-expect-error the same through the list read
    const unreadList: Contact[] = await db.getAll('contacts');
    // @ts-expect-error and through an index
    const byIndex: Contact | undefined = await db.getFromIndex('contacts', 'updatedAt', 1_000);
    expect(unread?.tags).toBeUndefined(); // what the checker guards against: tags absent, not []
    expect(unreadList).toHaveLength(1);
    expect(byIndex?.id).toBe(whole.id);
    const read: Contact | undefined = readContact(raw);
    expect(read).toEqual(whole);
  });

  it('accepts a whole Contact as a write', () => {
    const c = newContact({}, 1);
    const asStored: StoredContact = c;
    expect(readContact(structuredClone(asStored))).toEqual(c);
  });
});
