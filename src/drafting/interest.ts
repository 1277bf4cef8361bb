// The email's interest sentence and "what I'd love to learn", in the draft's language
// (highlight.ts writes both in all four languages).

import type { DraftLanguage } from '../domain/language.ts';
import { highlightSentence, learnPhrase } from './highlight.ts';
import type { ProfileFacts } from './profile-facts.ts';

export const interestSentence = (f: ProfileFacts | null, lang: DraftLanguage): string => highlightSentence(f, lang);

export const learnClause = (f: ProfileFacts | null, lang: DraftLanguage): string => learnPhrase(f, lang);
