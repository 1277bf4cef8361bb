// Questions carried forward. A meeting's "New questions" box is the source of truth for the
// open questions it left: every save of that box rewrites them (in the interview's own
// transaction, see interviews.ts); ticking one as asked in a later meeting, or dismissing it,
// takes it off the list of ideas.
import { type Contact, displayValue, type Interview } from '../domain/contact.ts';
import { type CarriedQuestion, type CarriedStatus, fieldOf, questionKey, questionLines } from '../domain/learning.ts';
import { newId } from '../lib/id.ts';
import type { ChangeLog } from './changes.ts';
import { readContact } from './contact-record.ts';
import { NotFoundError } from './errors.ts';
import type { DB } from './schema.ts';
import { type TxWith, write } from './write.ts';

// Oldest first; questions from one meeting (same time) in alphabetical order, so the order is stable.
const byTime = (a: CarriedQuestion, b: CarriedQuestion) => a.at - b.at || a.text.localeCompare(b.text);

/** Every carried question, oldest first (the journal and the popup filter and rank them). */
export async function listCarried(db: DB): Promise<CarriedQuestion[]> {
  return (await db.getAll('carried')).sort(byTime);
}

/** The open ones. */
export async function openCarried(db: DB): Promise<CarriedQuestion[]> {
  return (await db.getAllFromIndex('carried', 'status', 'open')).sort(byTime);
}

/** Ticks a carried question as asked (in `interviewId`, if known), dismisses it, or opens it again. */
export async function setCarriedStatus(
  db: DB,
  id: string,
  status: CarriedStatus,
  now: number,
  askedIn: string | null = null,
): Promise<CarriedQuestion> {
  return write(db, ['carried'], async (tx, log) => {
    const q = await tx.store.get(id);
    if (!q) throw new NotFoundError('carried question', id);
    const next: CarriedQuestion = { ...q, status, askedIn: status === 'asked' ? askedIn : null, updatedAt: now };
    await tx.store.put(next);
    log.add('carried', id);
    return next;
  });
}

type CarryTx = TxWith<'contacts' | 'interviews' | 'activity' | 'carried'>;

/**
 * Part of an interview's write: the open questions from `interview` become exactly the lines of
 * its "New questions" box. Lines already carried keep their record (and status); a line deleted
 * from the box removes its question unless it was already asked or dismissed.
 */
export async function carryNewQuestions(tx: CarryTx, log: ChangeLog, interview: Interview, now: number): Promise<void> {
  const store = tx.objectStore('carried');
  const existing = await store.index('interviewId').getAll(interview.id);
  const lines = questionLines(interview.newQuestions);
  const byKey = new Map(existing.map((q) => [questionKey(q.text), q]));
  const wanted = new Set(lines.map(questionKey));
  for (const q of existing) {
    if (q.status === 'open' && !wanted.has(questionKey(q.text))) {
      await store.delete(q.id);
      log.add('carried', q.id);
    }
  }
  const fresh = lines.filter((l) => !byKey.has(questionKey(l)));
  if (!fresh.length) return;
  const contact = readContact(await tx.objectStore('contacts').get(interview.contactId));
  const origin = originOf(contact, interview);
  for (const text of fresh) {
    const q: CarriedQuestion = { id: newId(), text, ...origin, status: 'open', askedIn: null, updatedAt: now };
    await store.put(q);
    log.add('carried', q.id);
  }
}

function originOf(contact: Contact | undefined, interview: Interview) {
  return {
    contactId: interview.contactId,
    interviewId: interview.id,
    at: interview.endedAt ?? interview.startedAt ?? interview.scheduledAt,
    organisation: contact ? displayValue(contact, 'company') : null,
    field: contact ? fieldOf(contact) : null,
  };
}

/**
 * Part of an interview's write: a question ticked as asked in this meeting takes the carried
 * question with the same wording (from another meeting) off the list.
 */
export async function markCarriedAsked(
  tx: CarryTx,
  log: ChangeLog,
  interview: Interview,
  before: Interview,
  now: number,
): Promise<void> {
  const was = new Set(before.questions.filter((q) => q.asked).map((q) => questionKey(q.text)));
  const ticked = new Set(
    interview.questions.filter((q) => q.asked && !was.has(questionKey(q.text))).map((q) => questionKey(q.text)),
  );
  if (!ticked.size) return;
  const store = tx.objectStore('carried');
  for (const q of await store.index('status').getAll('open')) {
    if (q.interviewId === interview.id || !ticked.has(questionKey(q.text))) continue;
    await store.put({ ...q, status: 'asked', askedIn: interview.id, updatedAt: now });
    log.add('carried', q.id);
  }
}
