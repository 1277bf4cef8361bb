// The phrase books for the draft languages: each one the same shape, so a rule written once
// reads naturally in every language.

import type { DraftLanguage } from '../../domain/language.ts';
import { DE } from './de.ts';
import { EN, type Phrases } from './en.ts';
import { ES } from './es.ts';
import { FR } from './fr.ts';

export type { Phrases } from './en.ts';
export const PHRASES: Record<DraftLanguage, Phrases> = { en: EN, fr: FR, de: DE, es: ES };
/** The phrase book for `lang`; English for anything else (a stored value from an older version). */
export const phrasesFor = (lang: DraftLanguage | string | undefined): Phrases =>
  PHRASES[(lang ?? 'en') as DraftLanguage] ?? EN;
