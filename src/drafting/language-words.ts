// The few words a draft needs beyond its template, per language: when the meeting was, and
// what the user would like to learn when nothing more specific is known or space runs out.
// "learn" completes the template's own frame: "I'd love to hear …", "J'aimerais beaucoup
// savoir …", "Ich würde gern erfahren, …" (a clause with the verb last), "Me encantaría saber …".

import type { DraftLanguage } from '../domain/language.ts';

export interface LanguageWords {
  /** The locale dates are written in when the user's own locale is another language. */
  locale: string;
  today: string;
  yesterday: string;
  /** "on Tuesday", from the weekday's name in this language. */
  onWeekday(name: string): string;
  /** "in March", "in March 2024". */
  inMonth(name: string, year?: number): string;
  /** When the profile gives nothing to be curious about. */
  genericLearn: string;
  /** The shortest version, for a draft over its length limit. */
  shortLearn: string;
}

export const LANGUAGE_WORDS: Record<DraftLanguage, LanguageWords> = {
  en: {
    locale: 'en-GB',
    today: 'today',
    yesterday: 'yesterday',
    onWeekday: (d) => `on ${d}`,
    inMonth: (m, y) => (y ? `in ${m} ${y}` : `in ${m}`),
    genericLearn: 'how you found your way into your field',
    shortLearn: 'about your path',
  },
  fr: {
    locale: 'fr-FR',
    today: "aujourd'hui",
    yesterday: 'hier',
    onWeekday: (d) => d,
    inMonth: (m, y) => (y ? `en ${m} ${y}` : `en ${m}`),
    genericLearn: "comment s'est construit votre parcours jusqu'à votre poste actuel",
    shortLearn: "comment s'est construit votre parcours",
  },
  de: {
    locale: 'de-DE',
    today: 'heute',
    yesterday: 'gestern',
    onWeekday: (d) => `am ${d}`,
    inMonth: (m, y) => (y ? `im ${m} ${y}` : `im ${m}`),
    genericLearn: 'wie Sie zu Ihrer heutigen Arbeit gekommen sind',
    shortLearn: 'wie Ihr Weg verlaufen ist',
  },
  es: {
    locale: 'es-ES',
    today: 'hoy',
    yesterday: 'ayer',
    onWeekday: (d) => `el ${d}`,
    inMonth: (m, y) => (y ? `en ${m} de ${y}` : `en ${m}`),
    genericLearn: 'cómo llegó a su trabajo actual',
    shortLearn: 'cómo ha sido su trayectoria',
  },
};

/** The user's own locale when it is in the draft's language ("en-US" for an English draft), else the language's. */
export function draftLocale(lang: DraftLanguage, userLocale: string | undefined): string {
  const own = userLocale?.trim();
  if (own && own.toLowerCase().split(/[-_]/)[0] === lang) {
    try {
      return Intl.getCanonicalLocales(own)[0] ?? LANGUAGE_WORDS[lang].locale;
    } catch {
      // not a valid tag: use the language's own
    }
  }
  return LANGUAGE_WORDS[lang].locale;
}
