// "Who next": the people to contact next, each with the reason it is on the list. Pure.
import { type Contact, displayValue, type Interview, type Referral } from './contact.ts';
import { NO_REPLY_DAYS, stillWaiting } from './nudges.ts';

export type WhoNextReason = 'referred' | 'one-perspective' | 'stuck';

export interface WhoNextItem {
  kind: WhoNextReason;
  /** The person to contact (for one-perspective: someone else there, when the user knows one). */
  contactId: string | null;
  label: string;
  reason: string;
}

const DAY = 86_400_000;
const NOT_CONTACTED = new Set(['to-research', 'to-contact']);
const norm = (s: string | null) => (s ?? '').trim().toLowerCase();

export function whoNext(
  contacts: Contact[],
  referrals: Referral[],
  interviews: Interview[],
  now: number,
): WhoNextItem[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const name = (c: Contact | undefined) => (c ? (displayValue(c, 'name') ?? 'Unnamed') : 'someone');
  const out: WhoNextItem[] = [];

  // 1. Suggested by someone, not contacted yet.
  for (const c of contacts) {
    if (!NOT_CONTACTED.has(c.stage)) continue;
    const by = [
      ...new Set([
        ...referrals.filter((r) => r.toContactId === c.id).map((r) => r.fromContactId),
        ...(c.referredBy ? [c.referredBy] : []),
      ]),
    ].filter((id) => id !== c.id && byId.has(id));
    if (!by.length) continue;
    out.push({
      kind: 'referred',
      contactId: c.id,
      label: name(c),
      reason: `Suggested by ${by.map((id) => name(byId.get(id))).join(' and ')}; not contacted yet`,
    });
  }

  // 2. Organisations heard from only one person.
  const met = new Set(interviews.filter((i) => i.endedAt !== null).map((i) => i.contactId));
  const atOrg = new Map<string, Contact[]>();
  for (const c of contacts) {
    const org = displayValue(c, 'company');
    if (!norm(org)) continue;
    atOrg.set(norm(org), [...(atOrg.get(norm(org)) ?? []), c]);
  }
  for (const people of atOrg.values()) {
    const heard = people.filter((c) => met.has(c.id));
    if (heard.length !== 1) continue;
    const only = heard[0]!;
    const org = displayValue(only, 'company') ?? '';
    const other = people.find((c) => !met.has(c.id) && NOT_CONTACTED.has(c.stage));
    out.push({
      kind: 'one-perspective',
      contactId: other?.id ?? null,
      label: other ? `${name(other)} (${org})` : org,
      reason: other
        ? `Only ${name(only)} has told you about ${org} so far; ${name(other)} works there too`
        : `Only ${name(only)} has told you about ${org} so far: ask them who else to talk to there`,
    });
  }

  // 3. Stuck at "reached out".
  for (const c of contacts) {
    if (!stillWaiting(c)) continue;
    const since = c.reachedOutAt ?? c.updatedAt;
    const days = Math.floor((now - since) / DAY);
    if (days < NO_REPLY_DAYS) continue;
    out.push({
      kind: 'stuck',
      contactId: c.id,
      label: name(c),
      reason: `Reached out ${days} days ago, no reply yet: one short, polite follow-up is fine`,
    });
  }
  return out;
}
