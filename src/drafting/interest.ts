// The email's interest sentence and "what I'd love to learn" in the draft's language.
//
// highlight.ts (the questions work) writes both in all four languages and takes the language
// as a second argument. Until that version is merged, highlight.ts here is English only: the
// call below already passes the language, and INTEREST_IN_ALL_LANGUAGES says whether the
// result can be trusted outside English. Merge step: set it to true (or delete the fallback).

import { highlightSentence, learnPhrase } from './highlight.ts';
import type { DraftLanguage } from './language.ts';
import { LANGUAGE_WORDS } from './language-words.ts';
import type { ProfileFacts } from './profile-facts.ts';

export const INTEREST_IN_ALL_LANGUAGES = false;

type ByLanguage = (f: ProfileFacts | null, lang: DraftLanguage) => string;

export function interestSentence(f: ProfileFacts | null, lang: DraftLanguage): string {
  if (lang !== 'en' && !INTEREST_IN_ALL_LANGUAGES) return '';
  return (highlightSentence as ByLanguage)(f, lang);
}

export function learnClause(f: ProfileFacts | null, lang: DraftLanguage): string {
  if (lang !== 'en' && !INTEREST_IN_ALL_LANGUAGES) return LANGUAGE_WORDS[lang].genericLearn;
  return (learnPhrase as ByLanguage)(f, lang);
}
