// Version 1: the first schema. Shipped; never edit: add a v2.ts instead.
import type { DB } from '../schema.ts';

export function v1(db: DB): void {
  // Untyped: today's schema type no longer has v1's stage indexes (v2 removed them).
  const contacts = db.createObjectStore('contacts', { keyPath: 'id' }) as unknown as IDBObjectStore;
  contacts.createIndex('profileUrl', 'profileUrl', { unique: true });
  contacts.createIndex('email', 'email');
  contacts.createIndex('stage', 'stage');
  contacts.createIndex('updatedAt', 'updatedAt');
  contacts.createIndex('stageUpdatedAt', ['stage', 'updatedAt']);
  contacts.createIndex('referredBy', 'referredBy');
  contacts.createIndex('introducedBy', 'introducedBy');

  const captures = db.createObjectStore('captures', { keyPath: 'id' });
  captures.createIndex('contactId', 'contactId');
  captures.createIndex('contactAt', ['contactId', 'at']);

  const interviews = db.createObjectStore('interviews', { keyPath: 'id' });
  interviews.createIndex('contactId', 'contactId');
  interviews.createIndex('scheduledAt', 'scheduledAt');

  const referrals = db.createObjectStore('referrals', { keyPath: 'id' });
  referrals.createIndex('fromContactId', 'fromContactId');
  referrals.createIndex('toContactId', 'toContactId');
  referrals.createIndex('interviewId', 'interviewId');

  const reminders = db.createObjectStore('reminders', { keyPath: 'id' });
  reminders.createIndex('contactId', 'contactId');
  reminders.createIndex('dueAt', 'dueAt');
  reminders.createIndex('interviewId', 'interviewId');

  const activity = db.createObjectStore('activity', { keyPath: 'id' });
  activity.createIndex('contactId', 'contactId');
  activity.createIndex('contactAt', ['contactId', 'at']);

  db.createObjectStore('kv');
}
