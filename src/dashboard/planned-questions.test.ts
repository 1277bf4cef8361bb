import { describe, expect, it } from 'vitest';
import type { QuestionIdea } from '../drafting/questions.ts';
import { questionChoices } from './planned-questions.ts';

const idea = (id: string, text: string, mostImportant = false): QuestionIdea => ({
  id,
  theme: 'work',
  text,
  basis: null,
  mostImportant,
});
const ideas = [
  idea('a', 'A?'),
  idea('b', 'B?'),
  idea('c', 'C?'),
  idea('d', 'D?'),
  idea('e', 'E?'),
  idea('w', 'Who next?', true),
];

describe('questionChoices', () => {
  it('puts the popup plan first, ticked, and the other ideas after it', () => {
    const { choices, picked } = questionChoices(['Own question?', 'C?'], ideas);
    expect(choices.map((c) => c.text)).toEqual(['Own question?', 'C?', 'A?', 'B?', 'D?', 'E?', 'Who next?']);
    expect([...picked]).toEqual(['plan-0', 'plan-1']);
  });

  it('keeps the most-important mark on a planned idea', () => {
    const { choices } = questionChoices(['Who next?'], ideas);
    expect(choices[0]).toEqual({ id: 'plan-0', text: 'Who next?', mostImportant: true });
  });

  it('without a plan, ticks the first four ideas and the most important one', () => {
    const { picked } = questionChoices([], ideas);
    expect([...picked].sort()).toEqual(['a', 'b', 'c', 'd', 'w']);
  });
});
