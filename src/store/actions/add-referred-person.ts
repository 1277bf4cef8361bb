// "Who should I talk to next?": the user adds a name they suggested. With a profile URL the
// person is found or saved from the link; a bare name is a new contact without one. The contact,
// the referral and their timeline entries commit in one transaction, or none of them does.
import type { Contact } from '../../domain/contact.ts';
import type { ChangeLog } from '../changes.ts';
import { saveFromLinkIn } from '../contact-capture.ts';
import { newActivity, newContact } from '../records.ts';
import { addReferralIn, REFERRAL_STORES } from '../referrals.ts';
import type { DB } from '../schema.ts';
import { type TxWith, write } from '../write.ts';

export function addReferredPerson(
  db: DB,
  from: { contactId: string; interviewId: string },
  person: { name: string; url?: string },
  now: number,
): Promise<Contact> {
  return write(db, [...REFERRAL_STORES], (tx, log) => addReferredPersonIn(tx, log, from, person, now));
}

export async function addReferredPersonIn(
  tx: TxWith<(typeof REFERRAL_STORES)[number]>,
  log: ChangeLog,
  from: { contactId: string; interviewId: string },
  person: { name: string; url?: string },
  now: number,
): Promise<Contact> {
  const name = person.name.trim();
  const url = person.url?.trim();
  let contact: Contact;
  if (url) {
    contact = (await saveFromLinkIn(tx, log, { name, url }, now)).contact;
  } else {
    contact = newContact({ edits: { name }, stage: 'to-research', referredBy: from.contactId }, now);
    const entry = newActivity(contact.id, 'saved', 'Saved as a suggestion from a meeting', now);
    await tx.objectStore('contacts').put(contact);
    await tx.objectStore('activity').put(entry);
    log.add('contacts', contact.id);
    log.add('activity', entry.id);
  }
  await addReferralIn(
    tx,
    log,
    { fromContactId: from.contactId, toContactId: contact.id, interviewId: from.interviewId },
    now,
  );
  return contact;
}
