// General questions that suit anyone; they follow the tailored ones and feed "more ideas".
// None of them asks something a profile states (where they studied, where they work).

import type { Settings } from '../domain/settings.ts';
import type { QuestionIdea, Theme } from './question-types.ts';

type Idea = Omit<QuestionIdea, 'mostImportant'>;

export const WHO_NEXT: QuestionIdea = {
  id: 'next:who',
  theme: 'next',
  text: 'Who else would you suggest I talk to?',
  basis: null,
  mostImportant: true,
};

const GENERAL: [string, Theme, string][] = [
  ['origin:drew', 'origin', 'What first drew you to this line of work?'],
  ['origin:moment', 'origin', 'Was there a moment or a person that set you on this path?'],
  ['origin:again', 'origin', 'If you were starting out today, would you take the same route in?'],
  ['work:enjoy', 'work', 'Which parts of your work do you enjoy most, and which least?'],
  ['work:problems', 'work', 'What problems are you most focused on right now?'],
  ['work:success', 'work', 'What does doing your job well look like?'],
  ['future:change', 'future', 'How do you see your field changing over the next five years?'],
  ['future:watch', 'future', 'Which developments in your field are you watching most closely?'],
  ['future:roles', 'future', 'Which kinds of roles do you expect to grow, and which to fade?'],
  ['training:surprise', 'training', 'Which skills turned out to matter more than you expected?'],
  ['training:again', 'training', 'What would you learn first if you were starting again?'],
  ['organisation:hiring', 'organisation', 'What do people who do well in your organisation have in common?'],
  ['advice:mistakes', 'advice', 'What do newcomers to your field most often get wrong?'],
  ['advice:six-months', 'advice', 'If you were in my position, how would you spend the next six months?'],
  ['next:communities', 'next', 'Are there groups, events or communities I should know about?'],
  ['next:mention', 'next', 'Would you be comfortable with me mentioning your name when I get in touch with them?'],
];

export function generalIdeas(s: Settings): Idea[] {
  const out: Idea[] = [];
  const field = s.user.field.trim();
  const position = s.user.position.trim();
  if (field)
    out.push({
      id: 'advice:field',
      theme: 'advice',
      text: `What advice would you give someone trying to move into ${field}?`,
      basis: null,
    });
  if (position)
    out.push({
      id: 'advice:background',
      theme: 'advice',
      text: `Given my background (${position}), what would you lean on, and what would you work on first?`,
      basis: null,
    });
  for (const [id, theme, text] of GENERAL) out.push({ id, theme, text, basis: null });
  return out;
}
