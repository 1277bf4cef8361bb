// Which carried questions to offer for a person, best first: those from the same organisation,
// then the same field, then everyone else; newest first within each. Questions from the person
// themself are not offered back to them. Pure, so the popup and its tests share it.
import type { CarriedQuestion } from './learning.ts';

export interface CarryTarget {
  contactId: string | null;
  organisation: string | null;
  field: string | null;
}

export type CarryReason = 'same-organisation' | 'same-field' | 'everyone';

const norm = (s: string | null) => (s ?? '').trim().toLowerCase();

export function reasonFor(q: CarriedQuestion, target: CarryTarget): CarryReason {
  if (norm(target.organisation) && norm(q.organisation) === norm(target.organisation)) return 'same-organisation';
  if (norm(target.field) && norm(q.field) === norm(target.field)) return 'same-field';
  return 'everyone';
}

const ORDER: Record<CarryReason, number> = { 'same-organisation': 0, 'same-field': 1, everyone: 2 };

export function rankCarried(
  questions: CarriedQuestion[],
  target: CarryTarget,
): { question: CarriedQuestion; reason: CarryReason }[] {
  return questions
    .filter((q) => q.status === 'open' && q.contactId !== target.contactId)
    .map((question) => ({ question, reason: reasonFor(question, target) }))
    .sort((a, b) => ORDER[a.reason] - ORDER[b.reason] || b.question.at - a.question.at);
}

/** "from your chat with Ana, 3 Dec": where an idea came from, in the user's words. */
export function originLabel(name: string | null, at: number, locale?: string, timeZone?: string): string {
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone }).format(at);
  return name ? `from your chat with ${name}, ${day}` : `from a chat on ${day}`;
}
