// The IndexedDB schema, typed for idb. Changing it means adding a migration
// (migrations/index.ts) and bumping DB_VERSION; never edit a shipped migration.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Activity, CaptureSnapshot, Interview, Referral, Reminder } from '../domain/contact.ts';
import type { CarriedQuestion } from '../domain/learning.ts';
import type { StoredContact } from './contact-record.ts';

export const DB_NAME = 'coffee-chat';
export const DB_VERSION = 3;

export interface CoffeeChatDB extends DBSchema {
  contacts: {
    key: string;
    /** Whole or compact (contact-record.ts): read through readContact. */
    value: StoredContact;
    indexes: {
      /** unique; contacts without a URL (null) are simply not in the index */
      profileUrl: string;
      email: string;
      updatedAt: number;
      referredBy: string;
      introducedBy: string;
    };
  };
  captures: { key: string; value: CaptureSnapshot; indexes: { contactId: string; contactAt: [string, number] } };
  interviews: { key: string; value: Interview; indexes: { contactId: string; scheduledAt: number } };
  referrals: {
    key: string;
    value: Referral;
    indexes: { fromContactId: string; toContactId: string; interviewId: string };
  };
  reminders: { key: string; value: Reminder; indexes: { contactId: string; dueAt: number; interviewId: string } };
  activity: { key: string; value: Activity; indexes: { contactId: string; contactAt: [string, number] } };
  /** Questions carried forward from one meeting to the next (schema v3). */
  carried: {
    key: string;
    value: CarriedQuestion;
    indexes: { contactId: string; interviewId: string; status: string };
  };
  /** Small keyed values (settings). Stored untyped on purpose: read through a parser. */
  kv: { key: string; value: unknown };
}

export type DB = IDBPDatabase<CoffeeChatDB>;
export type StoreName = StoreNames<CoffeeChatDB>;
export type UpgradeTx = IDBPTransaction<CoffeeChatDB, StoreName[], 'versionchange'>;

export const STORE_NAMES: StoreName[] = [
  'contacts',
  'captures',
  'interviews',
  'referrals',
  'reminders',
  'activity',
  'carried',
  'kv',
];
