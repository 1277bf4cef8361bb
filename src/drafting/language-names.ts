import type { DraftLanguage } from '../domain/language.ts';

/** Each language named in itself, as a person who writes in it looks for it. */
export const LANGUAGE_NAMES: Record<DraftLanguage, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
};
