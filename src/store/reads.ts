// Whole-store reads that pages and the service worker used to make on the raw database
// (db.getAll, db.count): named here so nothing outside store/ needs IndexedDB.
import type { Interview, Referral, Reminder } from '../domain/contact.ts';
import { dueNewestFirst } from '../domain/reminder-rules.ts';
import type { DB } from './schema.ts';

export function countContacts(db: DB): Promise<number> {
  return db.count('contacts');
}

export function getReminder(db: DB, id: string): Promise<Reminder | undefined> {
  return db.get('reminders', id);
}

export function allReminders(db: DB): Promise<Reminder[]> {
  return db.getAll('reminders');
}

/** Open reminders whose time has come, newest first (domain/reminder-rules.ts). */
export async function dueNewestFirstNow(db: DB, now: number): Promise<Reminder[]> {
  return dueNewestFirst(await db.getAll('reminders'), now);
}

export function allReferrals(db: DB): Promise<Referral[]> {
  return db.getAll('referrals');
}

export function allInterviews(db: DB): Promise<Interview[]> {
  return db.getAll('interviews');
}
