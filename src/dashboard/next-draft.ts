// Which message is due next for a contact, and the drafting context for it. The dashboard
// reads the store (interviews, referrals, the referred people's meetings) and this turns it
// into drafting's DraftContext; drafting itself stays pure.
import { type Contact, displayValue, type Interview, type Reminder } from '../domain/contact.ts';
import type { MessageKind, Settings } from '../domain/settings.ts';
import { guessProfileLanguage } from '../drafting/detect-language.ts';
import type { DraftContext } from '../drafting/messages.ts';
import type { Slot } from '../drafting/slots.ts';
import { userLocale } from '../lib/date-style.ts';

export const DRAFT_LABELS: Record<MessageKind, string> = {
  coldEmail: 'Cold email',
  connectionNote: 'Connection note',
  introRequest: 'Intro request',
  thankYou: 'Thank-you',
  followUp: 'Follow-up',
};

/** A referral out of this contact, with what became of the person suggested. */
export interface ReferralOutcome {
  contactId: string;
  name: string;
  met: boolean;
  outcome: string;
}

export interface DraftInputs {
  interviews: Interview[];
  outcomes: ReferralOutcome[];
  introducer: string | null;
}

/** An open reminder's kind wins (it is why the user is here); otherwise the stage decides. */
export function suggestedKind(contact: Contact, openReminders: Reminder[], reminderId?: string | null): MessageKind {
  const r = openReminders.find((x) => x.id === reminderId) ?? openReminders.find((x) => !x.done && x.kind !== 'custom');
  if (r?.kind === 'thank-you') return 'thankYou';
  if (r?.kind === 'follow-up' || r?.kind === 'keep-in-touch') return 'followUp';
  switch (contact.stage) {
    case 'met':
      return 'thankYou';
    case 'thanked':
    case 'following-up':
      return 'followUp';
    default:
      return 'coldEmail';
  }
}

/** What came of a suggested person: their latest held meeting's outcome or first takeaway. */
export function outcomeOf(name: string, contactId: string, interviews: Interview[]): ReferralOutcome {
  const held = interviews
    .filter((i) => i.endedAt !== null)
    .sort((a, b) => (a.endedAt ?? 0) - (b.endedAt ?? 0))
    .at(-1);
  const firstLine = (t: string) =>
    t
      .split(/\r?\n/)
      .map((l) => l.replace(/^\s*[-*•]\s*/, '').trim())
      .find(Boolean) ?? '';
  return { contactId, name, met: !!held, outcome: held ? held.outcome.trim() || firstLine(held.takeaways) : '' };
}

export function draftContext(
  kind: MessageKind,
  contact: Contact,
  settings: Settings,
  inputs: DraftInputs,
  now: number,
  extra: { slots?: Slot[]; targetCompany?: string } = {},
): DraftContext {
  const last = inputs.interviews.filter((i) => i.endedAt !== null || i.notes || i.takeaways).at(-1);
  const ctx: DraftContext = {
    contact: {
      name: displayValue(contact, 'name') ?? '',
      company: displayValue(contact, 'company'),
      title: displayValue(contact, 'title'),
      profile: contact.captured,
    },
    settings,
    introducer:
      kind === 'coldEmail' || kind === 'connectionNote'
        ? inputs.introducer
          ? { name: inputs.introducer }
          : null
        : null,
    notes: last ? { takeaways: last.takeaways, notes: last.notes } : {},
    referralOutcomes: inputs.outcomes.map(({ name, met, outcome }) => ({ name, met, outcome })),
    now,
    // The person's own language when their profile text shows it, as in the popup.
    language:
      guessProfileLanguage({ about: displayValue(contact, 'about'), headline: displayValue(contact, 'headline') }) ??
      settings.draftLanguage,
    locale: userLocale(),
  };
  const metAt = last ? (last.endedAt ?? last.startedAt ?? last.scheduledAt) : undefined;
  if (metAt !== undefined) ctx.meetingAt = metAt;
  if (extra.slots) ctx.slots = extra.slots;
  if (extra.targetCompany) ctx.target = { company: extra.targetCompany };
  return ctx;
}
