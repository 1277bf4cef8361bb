// Which of the draft languages a person writes in, from their own words: the About text, else
// the headline. Never the page's <html lang>: on LinkedIn that is the viewer's interface
// language, not the contact's. The browser's detector (extension/detect-language.ts) is asked first;
// this small word-and-letter count is the fallback, and what tests and the command line use.

import { type DraftLanguage, isDraftLanguage } from '../domain/language.ts';
import type { CapturedProfile } from '../domain/profile.ts';

// Short words that are common in one language's running text and rare in the others'.
// Words two languages share ("de", "la", "en") count for both, so they never decide alone.
// "other" holds the commonest words of nearby languages (Dutch, Italian, Portuguese), so their
// text is recognised as none of the four instead of lending its "de" and "en" to French or Spanish.
type Scored = DraftLanguage | 'other';
const WORDS: Record<Scored, string> = {
  en: 'the and of to is with for my i am at on we our you have that this an from are as who into about',
  fr: 'le la les de des et est une du dans pour avec sur je suis nous au aux qui que mon ma mes en chez depuis sont ou où plus',
  de: 'der die das und ist ich bin mit für von zu den dem ein eine auf bei wir im nicht als auch sich seit oder über zum zur',
  es: 'el la los las y de en es un una con para por soy mi mis que del al como su sus desde o más trabajo estoy',
  other: 'ik een het van bij voor niet zijn wij aan ook il di che per sono della gli nel não uma com sou em os das dos',
};
const LEXICON = new Map<string, Scored[]>();
for (const [lang, words] of Object.entries(WORDS) as [Scored, string][]) {
  for (const w of words.split(' ')) LEXICON.set(w, [...(LEXICON.get(w) ?? []), lang]);
}
// "de"/"en" are French and Spanish but also Dutch and others: letters are a second opinion.
const LETTERS: [RegExp, DraftLanguage][] = [
  [/[äöüß]/g, 'de'],
  [/[èêëçœàùûîô]/g, 'fr'],
  [/[ñ¿¡áíóú]/g, 'es'],
];

/**
 * The language of `text` if it is clearly one of the four, else null (too short, another
 * language, or a mix). Pure; good enough for a paragraph, cautious on a headline.
 */
export function guessLanguage(text: string): DraftLanguage | null {
  const lower = text.toLowerCase();
  const words = lower.match(/\p{L}+/gu) ?? [];
  if (words.length < 3 || notLatin(words)) return null;
  const score: Record<Scored, number> = { en: 0, fr: 0, de: 0, es: 0, other: 0 };
  // A word several languages share counts as a fraction for each: it hints, never decides.
  for (const w of words) {
    const langs = LEXICON.get(w) ?? [];
    for (const lang of langs) score[lang] += 1 / langs.length;
  }
  for (const [re, lang] of LETTERS) score[lang] += Math.min(3, (lower.match(re) ?? []).length) * 0.5;
  const ranked = (Object.entries(score) as [Scored, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0]!, ranked[1]!];
  // Sure enough: a few signals, and clearly ahead of the runner-up.
  if (best[1] < 2 || best[1] < second[1] * 1.5 + 0.5) return null;
  // Function words should be a fair share of a text in that language; a keyword list is not.
  if (best[1] < words.length * 0.08) return null;
  return best[0] === 'other' ? null : best[0];
}

/** Mostly Japanese, Greek, Cyrillic…: certainly none of the four. */
function notLatin(words: string[]): boolean {
  return words.filter((w) => /^\p{Script=Latin}+$/u.test(w)).length < words.length * 0.6;
}

/**
 * The pure detector: a language of the four, "other" for text in another script (so a
 * Japanese About is not passed over for an English headline), or null when unsure.
 */
export function pureDetector(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length && notLatin(words) ? 'other' : guessLanguage(text);
}

/** The person's own words, most telling first: About, then the headline. */
export function profileText(p: Pick<CapturedProfile, 'about' | 'headline'> | null): string[] {
  return [p?.about, p?.headline].map((t) => (t ?? '').trim()).filter(Boolean);
}

/** How a detector answers: a language for the text, or null when it cannot tell. */
export type Detector = (text: string) => Promise<string | null> | string | null;

/**
 * The language this person writes in, if it is one of the four: that of the first of their
 * texts the detector can tell, else null (the caller uses the user's default). A text clearly
 * in another language (Dutch, Japanese) ends the search: a Dutch speaker's English headline
 * does not make them an English speaker.
 */
export async function detectDraftLanguage(
  p: Pick<CapturedProfile, 'about' | 'headline'> | null,
  detect: Detector = pureDetector,
): Promise<DraftLanguage | null> {
  for (const text of profileText(p)) {
    let found: string | null = null;
    try {
      found = await detect(text);
    } catch {
      found = pureDetector(text);
    }
    if (found === null) continue;
    return isDraftLanguage(found) ? found : null;
  }
  return null;
}

/** The same without the browser: the pure guess only, for drafts made where no detector runs. */
export function guessProfileLanguage(p: Pick<CapturedProfile, 'about' | 'headline'> | null): DraftLanguage | null {
  for (const text of profileText(p)) {
    const found = guessLanguage(text);
    if (found) return found;
  }
  return null;
}
