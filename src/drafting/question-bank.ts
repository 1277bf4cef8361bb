// General questions that suit anyone; they follow the tailored ones and feed "more ideas".
// None of them asks something a profile states (where they studied, where they work).

import type { DraftLanguage } from '../domain/language.ts';
import type { Settings } from '../domain/settings.ts';
import { phrasesFor } from './phrases/index.ts';
import type { QuestionIdea, Theme } from './question-types.ts';

type Idea = Omit<QuestionIdea, 'mostImportant'>;

/** "Who else would you suggest I talk to?": the article's most important question, in `lang`. */
export function whoNext(lang: DraftLanguage = 'en'): QuestionIdea {
  return { id: 'next:who', theme: 'next', text: phrasesFor(lang).general.who, basis: null, mostImportant: true };
}
export const WHO_NEXT: QuestionIdea = whoNext('en');

const GENERAL = [
  'origin:drew',
  'origin:moment',
  'origin:again',
  'work:enjoy',
  'work:problems',
  'work:success',
  'future:change',
  'future:watch',
  'future:roles',
  'training:surprise',
  'training:again',
  'organisation:hiring',
  'advice:mistakes',
  'advice:six-months',
  'next:communities',
  'next:mention',
] as const;

export function generalIdeas(s: Settings, lang: DraftLanguage = 'en'): Idea[] {
  const G = phrasesFor(lang).general;
  const out: Idea[] = [];
  const field = s.user.field.trim();
  const position = s.user.position.trim();
  if (field) out.push({ id: 'advice:field', theme: 'advice', text: G.adviceField(field), basis: null });
  if (position) out.push({ id: 'advice:background', theme: 'advice', text: G.adviceBackground(position), basis: null });
  for (const id of GENERAL) out.push({ id, theme: id.split(':')[0] as Theme, text: G[id], basis: null });
  return out;
}
