import { describe, expect, it } from 'vitest';
import { getContact, updateContact, upsertFromCapture } from '../store/contacts.ts';
import { freshDb, profile } from '../store/test-util.ts';
import { appendNote } from './append-note.ts';

describe('appendNote', () => {
  it('appends to the notes as stored now, keeping what another page wrote after the popup loaded', async () => {
    const db = await freshDb();
    const { contact: shown } = await upsertFromCapture(db, profile('orla-b'), 1000);
    await updateContact(db, shown.id, { notes: 'Typed in the dashboard' }, shown.rev, 2000);
    await appendNote(db, shown.id, '3 Mar: met at the meetup', 3000);
    expect((await getContact(db, shown.id))?.notes).toBe('Typed in the dashboard\n\n3 Mar: met at the meetup');
  });
});
