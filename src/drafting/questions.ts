// Question ideas for an informational interview, grounded in the captured profile.
// Order: questions built on a profile fact come before general ones (so the first page proves
// the profile was read); within each group the user's goals decide which themes come first,
// and ideas are dealt round-robin across themes so the page covers the whole conversation. "Who else would you suggest I talk to?" (the
// article's most important question) closes the first page whatever the count.

import type { DraftLanguage } from '../domain/language.ts';
import type { CapturedProfile } from '../domain/profile.ts';
import type { Settings } from '../domain/settings.ts';
import { type ProfileFacts, profileFacts } from './profile-facts.ts';
import { generalIdeas, WHO_NEXT, whoNext } from './question-bank.ts';
import { gapIdeas, tailoredIdeas } from './question-rules.ts';
import { type QuestionIdea, THEMES, type Theme } from './question-types.ts';

export { type QuestionIdea, THEME_LABELS, THEMES, type Theme } from './question-types.ts';

export interface QuestionOptions {
  /** How many ideas the user has already seen; the next page starts after them. */
  offset?: number;
  count?: number;
  /** Needed for time-based facts (long tenure, recent move); without it those rules stay quiet. */
  now?: number;
}

const THEME_WORDS: Record<Exclude<Theme, 'next'>, RegExp> = {
  origin: /\b(switch\w*|chang\w*|transition\w*|mov(e|ing) (in)?to|pivot\w*|break into|get into|leav\w+ academia)\b/gi,
  work: /\b(day[- ]to[- ]day|daily|role|responsibilit\w*|typical)\b/gi,
  future: /\b(future|trends?|emerging|direction|outlook)\b/gi,
  training: /\b(skills?|learn\w*|courses?|degree|training|phd|doctorate|master'?s|bootcamp|certif\w*)\b/gi,
  organisation: /\b(compan\w+|organi[sz]ations?|teams?|culture|employers?|startups?|join\w*)\b/gi,
  advice: /\b(advice|guidance|career chang\w*|switch\w*|transition\w*)\b/gi,
};

/** Themes ranked by how often the user's goals (double weight) and background mention them. */
export function themeOrder(s: Settings): Theme[] {
  const hits = (re: RegExp, text: string) => (text.match(re) ?? []).length;
  const score = (t: Theme) =>
    t === 'next'
      ? -1
      : 2 * hits(THEME_WORDS[t], s.user.goals) + hits(THEME_WORDS[t], `${s.user.background} ${s.user.pitch}`);
  const ranked = THEMES.filter((t) => t !== 'next')
    .map((t, i) => ({ t, i, s: score(t) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.t);
  return [...ranked, 'next'];
}

/** Deals ideas round-robin across themes in `order`, skipping ids already taken. */
function deal(ideas: QuestionIdea[], order: Theme[], seen: Set<string>): QuestionIdea[] {
  const byTheme = new Map<Theme, QuestionIdea[]>(THEMES.map((t) => [t, []]));
  for (const idea of ideas) {
    if (seen.has(idea.id)) continue;
    seen.add(idea.id);
    byTheme.get(idea.theme)!.push(idea);
  }
  const out: QuestionIdea[] = [];
  const total = [...byTheme.values()].reduce((n, xs) => n + xs.length, 0);
  for (let round = 0; out.length < total; round++) {
    for (const t of order) {
      const idea = byTheme.get(t)![round];
      if (idea) out.push(idea);
    }
  }
  return out;
}

/** Every idea except "who next", in presentation order. Deterministic for the same input. */
function orderedIdeas(facts: ProfileFacts | null, s: Settings, lang: DraftLanguage): QuestionIdea[] {
  const order = themeOrder(s);
  const seen = new Set<string>([WHO_NEXT.id]);
  const tailored = deal(facts ? tailoredIdeas(facts, s, lang) : [], order, seen);
  return [...tailored, ...deal([...gapIdeas(facts, lang), ...generalIdeas(s, lang)], order, seen)];
}

/**
 * Question ideas in `lang` (English when left out). The first page ends with "Who else would you
 * suggest I talk to?"; later pages start after `offset` ideas.
 */
export function questionIdeas(
  profile: CapturedProfile | null,
  settings: Settings,
  opts: QuestionOptions = {},
  lang: DraftLanguage = 'en',
): QuestionIdea[] {
  const count = Math.max(1, Math.floor(opts.count ?? 10));
  const offset = Math.max(0, Math.floor(opts.offset ?? 0));
  const rest = orderedIdeas(profileFacts(profile, opts.now), settings, lang);
  const themeRank = new Map(themeOrder(settings).map((t, i) => [t, i]));
  // Within a page, group by theme (stable), so the list reads as the conversation would go.
  const group = (xs: QuestionIdea[]) =>
    xs
      .map((x, i) => ({ x, i }))
      .sort((a, b) => themeRank.get(a.x.theme)! - themeRank.get(b.x.theme)! || a.i - b.i)
      .map((e) => e.x);
  if (offset === 0) return [...group(rest.slice(0, count - 1)), whoNext(lang)];
  return group(rest.slice(offset - 1, offset - 1 + count));
}

/** How many distinct facts of the profile the ideas rest on. */
export function factBasedCount(profile: CapturedProfile | null, settings: Settings, now?: number): number {
  const facts = profileFacts(profile, now);
  return facts ? new Set(tailoredIdeas(facts, settings).map((x) => x.basis)).size : 0;
}

/** The profile says too little for tailored questions: the popup says so, and most ideas are general. */
export function profileIsThin(profile: CapturedProfile | null, settings: Settings, now?: number): boolean {
  return factBasedCount(profile, settings, now) < 3;
}

/** A question the user typed; the id is derived from the text so re-adding it does not duplicate it. */
export function userIdea(text: string, theme: Theme = 'work'): QuestionIdea {
  const t = text.trim().replace(/\s+/g, ' ');
  let h = 0;
  for (const ch of t.toLowerCase()) h = (Math.imul(h, 31) + ch.codePointAt(0)!) | 0;
  return { id: `user:${(h >>> 0).toString(36)}`, theme, text: t, basis: null };
}
