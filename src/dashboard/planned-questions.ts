import type { QuestionIdea } from '../drafting/questions.ts';

export interface QuestionChoice {
  id: string;
  text: string;
  mostImportant: boolean;
}

/**
 * The questions offered when booking: the plan the user made in the popup first (all ticked),
 * then the remaining ideas. Without a plan, the first four ideas and the most important one.
 */
export function questionChoices(
  plan: string[],
  ideas: QuestionIdea[],
): { choices: QuestionChoice[]; picked: Set<string> } {
  const planned = plan.map((text, i) => ({
    id: `plan-${i}`,
    text,
    mostImportant: ideas.some((q) => q.mostImportant && q.text === text),
  }));
  const inPlan = new Set(plan);
  const rest = ideas
    .filter((q) => !inPlan.has(q.text))
    .map((q) => ({ id: q.id, text: q.text, mostImportant: Boolean(q.mostImportant) }));
  const picked = plan.length
    ? new Set(planned.map((q) => q.id))
    : new Set(ideas.filter((q, i) => i < 4 || q.mostImportant).map((q) => q.id));
  return { choices: [...planned, ...rest], picked };
}
