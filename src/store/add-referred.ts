// "Who should I talk to next?" → new contacts referred by this person. With a profile URL the
// store's saveFromLink finds or creates them; a bare name needs a contact without a URL, written
// here through write() and newContact() (same fields, same change broadcast). The meeting window
// calls it through the door, store/index.ts.
import type { Contact } from '../domain/contact.ts';
import { saveFromLink } from './contacts.ts';
import type { DB } from './db.ts';
import { newActivity, newContact } from './records.ts';
import { addReferral } from './referrals.ts';
import { write } from './write.ts';

export async function addReferredPerson(
  db: DB,
  from: { contactId: string; interviewId: string },
  person: { name: string; url?: string },
  now: number,
): Promise<Contact> {
  const name = person.name.trim();
  const url = person.url?.trim();
  let contact: Contact;
  if (url) {
    contact = (await saveFromLink(db, { name, url }, now)).contact;
  } else {
    contact = newContact({ edits: { name }, stage: 'to-research', referredBy: from.contactId }, now);
    const created = contact;
    await write(db, ['contacts', 'activity'], async (tx, log) => {
      const a = newActivity(created.id, 'saved', 'Saved as a suggestion from a meeting', now);
      await tx.objectStore('contacts').put(created);
      await tx.objectStore('activity').put(a);
      log.add('contacts', created.id);
      log.add('activity', a.id);
    });
  }
  await addReferral(db, { fromContactId: from.contactId, toContactId: contact.id, interviewId: from.interviewId }, now);
  return contact;
}
