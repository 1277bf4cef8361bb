// What the journal and "who next" read: every contact, interview, referral and carried question,
// in one read transaction (a consistent snapshot while other pages write).
import type { Contact, Interview, Referral } from '../domain/contact.ts';
import type { CarriedQuestion } from '../domain/learning.ts';
import { readContacts } from './contact-record.ts';
import type { DB } from './schema.ts';

export interface JournalData {
  contacts: Contact[];
  interviews: Interview[];
  referrals: Referral[];
  carried: CarriedQuestion[];
}

export async function loadJournal(db: DB): Promise<JournalData> {
  const tx = db.transaction(['contacts', 'interviews', 'referrals', 'carried']);
  const [contacts, interviews, referrals, carried] = await Promise.all([
    tx.objectStore('contacts').getAll(),
    tx.objectStore('interviews').getAll(),
    tx.objectStore('referrals').getAll(),
    tx.objectStore('carried').getAll(),
  ]);
  return {
    contacts: readContacts(contacts),
    interviews,
    referrals,
    carried: carried.sort((a, b) => a.at - b.at || a.text.localeCompare(b.text)),
  };
}
