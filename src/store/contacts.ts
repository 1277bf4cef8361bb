// The contacts repository. Every write bumps `rev`; a write based on an older revision is
// refused with ConflictError so two pages never silently overwrite each other.
import { type Contact, type ContactFields, STAGE_LABELS, type Stage } from '../domain/contact.ts';
import { profileKey } from '../domain/profile-url.ts';
import type { ChangeLog } from './changes.ts';
import { readContact, readContacts } from './contact-record.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { LOOP_STORES, type LoopTx, loopRemindersFor } from './loop-reminders.ts';
import { newActivity, normaliseEmail } from './records.ts';
import type { DB } from './schema.ts';
import { write } from './write.ts';

export { type CaptureOptions, saveFromLink, type UpsertResult, upsertFromCapture } from './contact-capture.ts';
export { deleteContact, deleteEverything } from './contact-delete.ts';

export function getContact(db: DB, id: string): Promise<Contact | undefined> {
  return db.get('contacts', id).then(readContact);
}

/** Every contact, whole (see contact-record.ts). */
export async function allContacts(db: DB): Promise<Contact[]> {
  return readContacts(await db.getAll('contacts'));
}

export async function getContactByProfileUrl(db: DB, url: string): Promise<Contact | undefined> {
  const key = profileKey(url);
  return key ? readContact(await db.getFromIndex('contacts', 'profileUrl', key)) : undefined;
}

export function getContactsByEmail(db: DB, email: string): Promise<Contact[]> {
  const key = normaliseEmail(email);
  return key ? db.getAllFromIndex('contacts', 'email', key).then(readContacts) : Promise.resolve([]);
}

/** Most recently updated first. Walks an index, so the first screen is cheap. */
export async function listContacts(db: DB, opts: { limit?: number; offset?: number } = {}): Promise<Contact[]> {
  const { limit = 50, offset = 0 } = opts;
  const tx = db.transaction('contacts');
  let cursor = await tx.store.index('updatedAt').openCursor(null, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  const out: Contact[] = [];
  while (cursor && out.length < limit) {
    out.push(readContact(cursor.value));
    cursor = await cursor.continue();
  }
  return out;
}

export type ContactPatch = Partial<
  Pick<
    Contact,
    'email' | 'tags' | 'stage' | 'referredBy' | 'introducedBy' | 'notes' | 'caresAbout' | 'keepInTouchMonths'
  >
> & {
  /** Merged into the stored edits; a field set to `undefined` removes that edit (shows the captured value again). */
  edits?: Partial<Record<keyof ContactFields, string | null | undefined>>;
};

function applyPatch(c: Contact, patch: ContactPatch, now: number): Contact {
  const edits = { ...c.edits };
  for (const [k, v] of Object.entries(patch.edits ?? {}) as [keyof ContactFields, string | null | undefined][]) {
    if (v === undefined) delete edits[k];
    else edits[k] = v;
  }
  const next: Contact = { ...c, ...patch, edits, updatedAt: now, rev: c.rev + 1 };
  if ('email' in patch) next.email = normaliseEmail(patch.email);
  if (patch.tags) next.tags = [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))];
  // The no-reply nudges count from the moment the contact reached "reached out".
  if (patch.stage === 'reached-out' && c.stage !== 'reached-out') next.reachedOutAt = now;
  return next;
}

function describePatch(before: Contact, patch: ContactPatch): string {
  const fields = [
    ...Object.keys(patch.edits ?? {}),
    ...Object.keys(patch).filter((k) => k !== 'edits' && k !== 'stage'),
  ];
  return fields.length ? `Edited ${fields.join(', ')}` : `Edited ${before.id}`;
}

/** Applies `patch` if the stored revision is still `expectedRev`; otherwise throws ConflictError with the stored contact. */
export function updateContact(
  db: DB,
  id: string,
  patch: ContactPatch,
  expectedRev: number,
  now: number,
): Promise<Contact> {
  return write(db, [...LOOP_STORES], (tx, log) => updateContactIn(tx, log, id, patch, expectedRev, now));
}

/** updateContact's work inside a transaction of the caller's (a user action's). */
export async function updateContactIn(
  tx: LoopTx,
  log: ChangeLog,
  id: string,
  patch: ContactPatch,
  expectedRev: number,
  now: number,
): Promise<Contact> {
  const current = readContact(await tx.objectStore('contacts').get(id));
  if (!current) throw new NotFoundError('contact', id);
  if (current.rev !== expectedRev) throw new ConflictError<Contact>(id, expectedRev, current);
  const next = applyPatch(current, patch, now);
  await loopRemindersFor(tx, log, current, next, now);
  const entries = [];
  if (patch.stage && patch.stage !== current.stage) {
    entries.push(
      newActivity(id, 'stage-changed', `${STAGE_LABELS[current.stage]} → ${STAGE_LABELS[patch.stage]}`, now),
    );
  }
  if (patch.notes !== undefined && patch.notes !== current.notes)
    entries.push(newActivity(id, 'note-added', 'Notes updated', now));
  const { stage: _s, notes: _n, ...rest } = patch;
  if (Object.keys(rest).length) entries.push(newActivity(id, 'edited', describePatch(current, rest), now));
  await tx.objectStore('contacts').put(next);
  for (const a of entries) {
    await tx.objectStore('activity').put(a);
    log.add('activity', a.id);
  }
  log.add('contacts', id);
  return next;
}

/**
 * Moves a contact along the pipeline. Without `expectedRev` it applies to the contact as stored
 * when the write runs (a stage is independent of the other fields, so it never conflicts).
 */
export function setStage(db: DB, id: string, stage: Stage, now: number, expectedRev?: number): Promise<Contact> {
  return write(db, [...LOOP_STORES], (tx, log) => setStageIn(tx, log, id, stage, now, expectedRev));
}

/** setStage's work inside a transaction of the caller's: read and written in it, so nothing can come between. */
export async function setStageIn(
  tx: LoopTx,
  log: ChangeLog,
  id: string,
  stage: Stage,
  now: number,
  expectedRev?: number,
): Promise<Contact> {
  const current = readContact(await tx.objectStore('contacts').get(id));
  if (!current) throw new NotFoundError('contact', id);
  if (expectedRev !== undefined && current.rev !== expectedRev)
    throw new ConflictError<Contact>(id, expectedRev, current);
  if (current.stage === stage) return current;
  return updateContactIn(tx, log, id, { stage }, current.rev, now);
}

/** "They replied": recorded on the contact, and its no-reply nudges stop, in one write. */
export async function recordReply(db: DB, id: string, now: number): Promise<Contact> {
  return write(db, [...LOOP_STORES], async (tx, log) => {
    const current = readContact(await tx.objectStore('contacts').get(id));
    if (!current) throw new NotFoundError('contact', id);
    const next: Contact = { ...current, repliedAt: now, updatedAt: now, rev: current.rev + 1 };
    await loopRemindersFor(tx, log, current, next, now);
    const entry = newActivity(id, 'edited', 'They replied', now);
    await tx.objectStore('contacts').put(next);
    await tx.objectStore('activity').put(entry);
    log.add('contacts', id);
    log.add('activity', entry.id);
    return next;
  });
}
