import { describe, expect, it } from 'vitest';
import { appendNote } from './append-note.ts';
import { getContact, updateContact, upsertFromCapture } from './contacts.ts';
import { freshDb, profile } from './test-util.ts';

describe('appendNote', () => {
  it('appends to the notes as stored now, keeping what another page wrote after the popup loaded', async () => {
    const db = await freshDb();
    const { contact: shown } = await upsertFromCapture(db, profile('orla-b'), 1000);
    await updateContact(db, shown.id, { notes: 'Typed in the dashboard' }, shown.rev, 2000);
    await appendNote(db, shown.id, '3 Mar: met at the meetup', 3000);
    expect((await getContact(db, shown.id))?.notes).toBe('Typed in the dashboard\n\n3 Mar: met at the meetup');
  });
});
