// Saving people from a page: a full capture (popup, "Save contact" menu) or just a link
// ("Save contact" on a link to a profile). The normalised profile URL is the identity.
import type { CaptureSnapshot, Contact, Stage } from '../domain/contact.ts';
import { type CapturedProfile, emptyProfile } from '../domain/profile.ts';
import { profileKey, siteOf } from '../domain/profile-url.ts';
import { newId } from '../lib/id.ts';
import type { ChangeLog } from './changes.ts';
import { readContact } from './contact-record.ts';
import { loopRemindersFor } from './loop-reminders.ts';
import { describeChanges, mergeCapture } from './profile-merge.ts';
import { newActivity, newContact } from './records.ts';
import type { DB } from './schema.ts';
import { type TxWith, write } from './write.ts';

/** The stores a capture writes (the contact, its snapshot, its timeline, reminders, settings read). */
export const CAPTURE_STORES = ['contacts', 'captures', 'activity', 'reminders', 'kv'] as const;
export const LINK_STORES = ['contacts', 'activity'] as const;

export interface CaptureOptions {
  /** Stage for a new contact (default `to-contact`); an existing contact keeps its stage. */
  stage?: Stage;
  referredBy?: string | null;
  introducedBy?: string | null;
}

export interface UpsertResult {
  contact: Contact;
  created: boolean;
  /** What changed since the previous capture, e.g. "New position: Engineer at Quillfeather". */
  changes: string[];
}

function urlKey(url: string): string {
  const key = profileKey(url);
  if (!key) throw new TypeError('A profile needs a URL to be saved.');
  return key;
}

export function upsertFromCapture(
  db: DB,
  profile: CapturedProfile,
  now: number,
  opts: CaptureOptions = {},
): Promise<UpsertResult> {
  return write(db, [...CAPTURE_STORES], (tx, log) => upsertFromCaptureIn(tx, log, profile, now, opts));
}

/** upsertFromCapture's work inside a transaction of the caller's (a user action's). */
export async function upsertFromCaptureIn(
  tx: TxWith<(typeof CAPTURE_STORES)[number]>,
  log: ChangeLog,
  profile: CapturedProfile,
  now: number,
  opts: CaptureOptions = {},
): Promise<UpsertResult> {
  const profileUrl = urlKey(profile.url);
  const contacts = tx.objectStore('contacts');
  const existing = readContact(await contacts.index('profileUrl').get(profileUrl));
  let contact: Contact;
  let changes: string[] = [];
  if (existing) {
    const captured = mergeCapture(existing.captured, profile);
    changes = existing.captured ? describeChanges(existing.captured, captured) : [];
    contact = {
      ...existing,
      captured,
      // Fill who referred/introduced them only if unknown: never rewrite the user's history.
      referredBy: existing.referredBy ?? opts.referredBy ?? null,
      introducedBy: existing.introducedBy ?? opts.introducedBy ?? null,
      updatedAt: now,
      rev: existing.rev + 1,
    };
  } else {
    contact = newContact(
      {
        profileUrl,
        captured: profile,
        stage: opts.stage ?? 'to-contact',
        referredBy: opts.referredBy ?? null,
        introducedBy: opts.introducedBy ?? null,
      },
      now,
    );
    // Saved as "reached out" (the message was just sent): the no-reply nudges start now.
    if (contact.stage === 'reached-out') {
      contact.reachedOutAt = now;
      await loopRemindersFor(tx, log, { ...contact, stage: 'to-contact' }, contact, now);
    }
  }
  const snapshot: CaptureSnapshot = { id: newId(), contactId: contact.id, at: now, profile };
  const text = existing
    ? changes.length
      ? `Captured again: ${changes.join('; ')}`
      : 'Captured again: no changes'
    : 'Captured from their profile';
  const activity = newActivity(contact.id, 'captured', text, now);
  await Promise.all([
    contacts.put(contact),
    tx.objectStore('captures').put(snapshot),
    tx.objectStore('activity').put(activity),
  ]);
  log.add('contacts', contact.id);
  log.add('captures', snapshot.id);
  log.add('activity', activity.id);
  return { contact, created: !existing, changes };
}

/** Saves a person from a link (name + URL) to research later; an already-known URL is returned as is. */
export function saveFromLink(
  db: DB,
  link: { name: string; url: string },
  now: number,
): Promise<{ contact: Contact; created: boolean }> {
  return write(db, [...LINK_STORES], (tx, log) => saveFromLinkIn(tx, log, link, now));
}

/** saveFromLink's work inside a transaction of the caller's. */
export async function saveFromLinkIn(
  tx: TxWith<(typeof LINK_STORES)[number]>,
  log: ChangeLog,
  link: { name: string; url: string },
  now: number,
): Promise<{ contact: Contact; created: boolean }> {
  const profileUrl = urlKey(link.url);
  const contacts = tx.objectStore('contacts');
  const existing = readContact(await contacts.index('profileUrl').get(profileUrl));
  if (existing) return { contact: existing, created: false };
  const name = link.name.trim() || null;
  const captured: CapturedProfile = {
    ...emptyProfile(profileUrl, siteOf(profileUrl)),
    name,
    sources: name ? { name: 'link' } : {},
  };
  const contact = newContact({ profileUrl, captured, stage: 'to-research' }, now);
  const activity = newActivity(contact.id, 'saved', 'Saved from a link', now);
  await Promise.all([contacts.put(contact), tx.objectStore('activity').put(activity)]);
  log.add('contacts', contact.id);
  log.add('activity', activity.id);
  return { contact, created: true };
}
