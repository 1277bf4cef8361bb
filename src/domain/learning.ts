// The learning loop after a meeting: the debrief, the questions it leaves open (carried
// forward to the next interviews), and what the user keeps about each person.
import { functionOf } from './classify.ts';
import { type Contact, displayValue } from './contact.ts';

export * from './learning-types.ts';
export const CARRIED_STATUSES = ['open', 'asked', 'dismissed'] as const;
export type CarriedStatus = (typeof CARRIED_STATUSES)[number];

/** A "new question" written after one meeting, offered as a question idea for the next ones. */
export interface CarriedQuestion {
  id: string;
  text: string;
  /** Where it came from: the person, the meeting and when it was held. */
  contactId: string;
  interviewId: string;
  at: number;
  /** The origin's organisation and field, so people in the same ones are offered it first. */
  organisation: string | null;
  field: string | null;
  status: CarriedStatus;
  /** The interview in which it was ticked as asked. */
  askedIn: string | null;
  updatedAt: number;
}

/** A contact's field: the user's first tag if any (their own words), else the kind of role. */
export function fieldOf(contact: Contact): string | null {
  const tag = contact.tags[0]?.trim();
  if (tag) return tag.toLowerCase();
  return functionOf(displayValue(contact, 'title'));
}

/** The lines of a "New questions" box: one question each, bullets and blanks dropped, no repeats. */
export function questionLines(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw
      .replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '')
      .trim()
      .slice(0, 500);
    const key = questionKey(line);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out;
}

/** Two wordings of one question compare equal regardless of case, spacing and end punctuation. */
export function questionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?.!…]+$/u, '')
    .trim();
}
