// Everything the contact detail shows, read in one go from the store. Re-run on any store change.
import {
  type Activity,
  type Contact,
  displayValue,
  type Interview,
  type Referral,
  type Reminder,
} from '../domain/contact.ts';
import type { Settings } from '../domain/settings.ts';
import { getContact, getSettings, listActivity } from '../store/index.ts';
import { listInterviews, listReminders, referralsFrom, referralsTo } from '../store/meetings.ts';
import { type DraftInputs, outcomeOf } from './next-draft.ts';

export interface PersonRef {
  id: string;
  name: string;
  stage: Contact['stage'];
}

export interface Detail {
  contact: Contact;
  settings: Settings;
  activity: Activity[];
  interviews: Interview[];
  reminders: Reminder[];
  referredBy: PersonRef[];
  suggested: (PersonRef & { referral: Referral; met: boolean })[];
  inputs: DraftInputs;
}

const nameOf = (c: Contact | undefined) => (c ? (displayValue(c, 'name') ?? 'Unnamed') : 'Deleted contact');

export async function loadDetail(id: string): Promise<Detail | null> {
  const contact = await getContact(id);
  if (!contact) return null;
  const [settings, activity, interviews, reminders, into, out] = await Promise.all([
    getSettings(),
    listActivity(id),
    listInterviews(id),
    listReminders(id),
    referralsTo(id),
    referralsFrom(id),
  ]);
  const fromIds = [
    ...new Set(
      [...into.map((r) => r.fromContactId), contact.introducedBy, contact.referredBy].filter((x): x is string => !!x),
    ),
  ];
  const from = await Promise.all(fromIds.map((x) => getContact(x)));
  const referredBy = fromIds.map((x, i) => ({ id: x, name: nameOf(from[i]), stage: from[i]?.stage ?? 'archived' }));
  const suggested = await Promise.all(
    out
      .sort((a, b) => a.at - b.at)
      .map(async (referral) => {
        const [c, ivs] = await Promise.all([getContact(referral.toContactId), listInterviews(referral.toContactId)]);
        const o = outcomeOf(nameOf(c), referral.toContactId, ivs);
        return {
          id: referral.toContactId,
          name: o.name,
          stage: c?.stage ?? 'archived',
          referral,
          met: o.met,
          outcome: o,
        };
      }),
  );
  const introducerId = contact.introducedBy ?? contact.referredBy;
  const introducer = introducerId ? (referredBy.find((p) => p.id === introducerId)?.name ?? null) : null;
  return {
    contact,
    settings,
    activity,
    interviews,
    reminders,
    referredBy,
    suggested: suggested.map(({ outcome: _o, ...s }) => s),
    inputs: { interviews, outcomes: suggested.map((s) => s.outcome), introducer },
  };
}
