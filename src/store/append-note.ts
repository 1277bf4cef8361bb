// Adding a quick note to a saved contact's notes. The popup may show a contact that another
// page (the dashboard, the meeting view) has written since: the note is appended to the notes
// as stored now, so neither the other page's change nor the note is lost.
import type { Contact } from '../domain/contact.ts';
import { getContact, updateContact } from './contacts.ts';
import type { DB } from './db.ts';
import { ConflictError, NotFoundError } from './errors.ts';

export async function appendNote(db: DB, id: string, line: string, now: number): Promise<Contact> {
  for (let attempt = 0; ; attempt++) {
    const current = await getContact(db, id);
    if (!current) throw new NotFoundError('contact', id);
    const notes = current.notes.trim() ? `${current.notes.trim()}\n\n${line}` : line;
    try {
      return await updateContact(db, id, { notes }, current.rev, now);
    } catch (e) {
      // Another write landed between the read and ours: read again and append to that.
      if (!(e instanceof ConflictError) || attempt >= 4) throw e;
    }
  }
}
