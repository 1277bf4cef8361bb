import { describe, expect, it } from 'vitest';
import { planIdeas, questionPlan, type StoredPlan, tickedTexts, togglePlan } from './question-plan.ts';
import { SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS } from './samples.ts';

const NOW = Date.UTC(2026, 11, 4);
const fresh: StoredPlan = { plan: [], morePages: 0, planTouched: false };

describe('question plan', () => {
  it('ticks the most important question until the user changes anything', () => {
    const p = questionPlan(SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS, fresh, NOW);
    const important = p.ideas.filter((i) => i.mostImportant).map((i) => i.text);
    expect(important.length).toBeGreaterThan(0);
    expect(p.picked).toEqual(important);
  });

  it('lets the user untick the most important question and keeps it unticked', () => {
    const ideas = planIdeas(SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS, 0, NOW);
    const who = ideas.find((i) => i.mostImportant)!.text;
    const plan = togglePlan(fresh, ideas, who);
    expect(plan).not.toContain(who);
    expect(tickedTexts({ plan, morePages: 0, planTouched: true }, ideas)).toEqual([]);
  });

  it('lists the picks in the order the ideas are shown, own questions last', () => {
    const ideas = planIdeas(SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS, 1, NOW);
    const stored: StoredPlan = {
      plan: ['My own question?', ideas[3]!.text, ideas[0]!.text],
      morePages: 1,
      planTouched: true,
    };
    const p = questionPlan(SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS, stored, NOW);
    expect(p.picked).toEqual([ideas[0]!.text, ideas[3]!.text, 'My own question?']);
    expect(p.own).toEqual(['My own question?']);
  });

  it('keeps the first page in place when more pages open, grouped by theme', () => {
    const first = planIdeas(SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS, 0, NOW);
    const more = planIdeas(SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS, 2, NOW);
    expect(more.length).toBeGreaterThan(first.length);
    for (const idea of first) expect(more.map((i) => i.id)).toContain(idea.id);
    const themes = more.map((i) => i.theme);
    // Each theme appears as one run: no theme comes back after another began.
    expect(new Set(themes).size).toBe(themes.filter((t, i) => t !== themes[i - 1]).length);
  });
});
