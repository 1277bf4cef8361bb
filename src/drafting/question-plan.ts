// One question plan per contact, read the same way by the popup's Questions tab, the
// dashboard's "Questions to bring" and (through what is booked) the meeting view: the same
// ideas, in the same order, with the same ticks. The ideas come from questionIdeas; this
// module only decides which pages are shown, their order and what is ticked.

import type { DraftLanguage } from '../domain/language.ts';
import type { CapturedProfile } from '../domain/profile.ts';
import type { Settings } from '../domain/settings.ts';
import { guessProfileLanguage } from './detect-language.ts';
import { type QuestionIdea, questionIdeas, themeOrder } from './questions.ts';

export const FIRST_PAGE = 10;
export const MORE_PAGE = 5;

/** What is stored for a person: the ticked texts, the pages opened, and whether the user changed the ticks. */
export interface StoredPlan {
  plan: string[];
  morePages: number;
  /** False until the user ticks or unticks anything: until then the plan holds the default picks. */
  planTouched: boolean;
}

export interface QuestionPlan {
  /** Every idea shown, grouped by theme in the user's theme order. */
  ideas: QuestionIdea[];
  /** Questions the user typed (ticked texts that are not among the ideas), in the order added. */
  own: string[];
  /** The ticked questions, ideas first in the order shown, then the user's own. */
  picked: string[];
  /** No idea is left beyond the pages shown. */
  exhausted: boolean;
}

/**
 * The language of the ideas: the person's own (About, then headline) when it is one of the four,
 * else the user's default. The pure guess, not the browser's detector, so that the popup and the
 * dashboard always agree on the same plan.
 */
export function questionLanguage(profile: CapturedProfile | null, settings: Settings): DraftLanguage {
  return guessProfileLanguage(profile) ?? settings.draftLanguage;
}

/** The ideas on the first page and on each "more ideas" page, in one order for every view. */
export function planIdeas(
  profile: CapturedProfile | null,
  settings: Settings,
  morePages: number,
  now: number,
): QuestionIdea[] {
  const lang = questionLanguage(profile, settings);
  const all = questionIdeas(profile, settings, { count: FIRST_PAGE, now }, lang);
  for (let page = 0; page < morePages; page++) {
    all.push(...questionIdeas(profile, settings, { offset: all.length, count: MORE_PAGE, now }, lang));
  }
  const rank = new Map(themeOrder(settings).map((t, i) => [t, i]));
  // Later pages are folded into their theme, so a view can group by theme without reordering.
  return all
    .map((idea, i) => ({ idea, i }))
    .sort((a, b) => (rank.get(a.idea.theme) ?? 99) - (rank.get(b.idea.theme) ?? 99) || a.i - b.i)
    .map((x) => x.idea);
}

/** The ticked texts: the stored ticks, plus the most important ideas until the user changes anything. */
export function tickedTexts(stored: StoredPlan, ideas: QuestionIdea[]): string[] {
  if (stored.planTouched) return stored.plan;
  const defaults = ideas.filter((i) => i.mostImportant && !stored.plan.includes(i.text)).map((i) => i.text);
  return [...stored.plan, ...defaults];
}

export function questionPlan(
  profile: CapturedProfile | null,
  settings: Settings,
  stored: StoredPlan,
  now: number,
): QuestionPlan {
  const ideas = planIdeas(profile, settings, stored.morePages, now);
  const ticked = new Set(tickedTexts(stored, ideas));
  const ideaTexts = new Set(ideas.map((i) => i.text));
  const own = [...ticked].filter((t) => !ideaTexts.has(t));
  const picked = [...ideas.filter((i) => ticked.has(i.text)).map((i) => i.text), ...own];
  const lang = questionLanguage(profile, settings);
  const exhausted = questionIdeas(profile, settings, { offset: ideas.length, count: 1, now }, lang).length === 0;
  return { ideas, own, picked, exhausted };
}

/** The stored plan after the user ticks or unticks one question. */
export function togglePlan(stored: StoredPlan, ideas: QuestionIdea[], text: string): string[] {
  const current = tickedTexts(stored, ideas);
  return current.includes(text) ? current.filter((q) => q !== text) : [...current, text];
}
