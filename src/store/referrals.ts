// Referrals: "who should I talk to next?" The chain runs back to the contact where it all
// started and forward as a tree; dead ends are the leaves. Cycles (A suggests B suggests A)
// are possible in real life, so every walk keeps a visited set.
import type { Referral } from '../domain/contact.ts';
import { newId } from '../lib/id.ts';
import type { ChangeLog } from './changes.ts';
import { readContact } from './contact-record.ts';
import { NotFoundError } from './errors.ts';
import { newActivity } from './records.ts';
import type { DB } from './schema.ts';
import { type TxWith, write } from './write.ts';

export const REFERRAL_STORES = ['contacts', 'referrals', 'activity'] as const;

export function addReferral(
  db: DB,
  input: { fromContactId: string; toContactId: string; interviewId?: string | null },
  now: number,
): Promise<Referral> {
  return write(db, [...REFERRAL_STORES], (tx, log) => addReferralIn(tx, log, input, now));
}

/** addReferral inside a transaction of the caller's (a user action's). */
export async function addReferralIn(
  tx: TxWith<(typeof REFERRAL_STORES)[number]>,
  log: ChangeLog,
  input: { fromContactId: string; toContactId: string; interviewId?: string | null },
  now: number,
): Promise<Referral> {
  const referral: Referral = {
    id: newId(),
    fromContactId: input.fromContactId,
    toContactId: input.toContactId,
    interviewId: input.interviewId ?? null,
    at: now,
  };
  const contacts = tx.objectStore('contacts');
  const [from, to] = (await Promise.all([contacts.get(input.fromContactId), contacts.get(input.toContactId)])).map(
    readContact,
  );
  if (!from) throw new NotFoundError('contact', input.fromContactId);
  if (!to) throw new NotFoundError('contact', input.toContactId);
  await tx.objectStore('referrals').put(referral);
  log.add('referrals', referral.id);
  if (to.referredBy === null && to.id !== from.id) {
    await contacts.put({ ...to, referredBy: from.id, updatedAt: now, rev: to.rev + 1 });
    log.add('contacts', to.id);
  }
  const entry = newActivity(from.id, 'referral-added', 'Suggested someone to talk to next', now);
  await tx.objectStore('activity').put(entry);
  log.add('activity', entry.id);
  return referral;
}

export function referralsFrom(db: DB, contactId: string): Promise<Referral[]> {
  return db.getAllFromIndex('referrals', 'fromContactId', contactId);
}

export function referralsTo(db: DB, contactId: string): Promise<Referral[]> {
  return db.getAllFromIndex('referrals', 'toContactId', contactId);
}

/** Contact ids from the start of the chain to `contactId` (inclusive), following each one's earliest referral. */
export async function referralChain(db: DB, contactId: string): Promise<string[]> {
  const chain = [contactId];
  const seen = new Set(chain);
  let current = contactId;
  for (;;) {
    const into = (await referralsTo(db, current)).sort((a, b) => a.at - b.at);
    const first = into.find((r) => !seen.has(r.fromContactId));
    if (!first) return chain.reverse();
    current = first.fromContactId;
    seen.add(current);
    chain.push(current);
  }
}

export interface ReferralNode {
  contactId: string;
  /** The referral that led here; null at the root. */
  referral: Referral | null;
  children: ReferralNode[];
  /** Nobody suggested by this person yet. */
  deadEnd: boolean;
}

/** Everyone reached from `contactId` through referrals, each person once. */
export async function referralTree(db: DB, contactId: string): Promise<ReferralNode> {
  const seen = new Set([contactId]);
  const root: ReferralNode = { contactId, referral: null, children: [], deadEnd: true };
  let level = [root];
  while (level.length) {
    const next: ReferralNode[] = [];
    for (const node of level) {
      for (const r of (await referralsFrom(db, node.contactId)).sort((a, b) => a.at - b.at)) {
        if (seen.has(r.toContactId)) continue;
        seen.add(r.toContactId);
        const child: ReferralNode = { contactId: r.toContactId, referral: r, children: [], deadEnd: true };
        node.children.push(child);
        node.deadEnd = false;
        next.push(child);
      }
    }
    level = next;
  }
  return root;
}
