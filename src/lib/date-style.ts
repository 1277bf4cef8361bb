// The date style of the page being shown: the browser's locale and the user's 12/24-hour
// choice. Pages call rememberClock when they read settings (store/settings.ts does it), so
// components deep in a page format dates without the settings being passed down to them.

import { type ClockChoice, type DateStyle, formatDate, formatDateTime } from './date-format.ts';

let clock: ClockChoice = 'auto';

export function rememberClock(choice: ClockChoice): void {
  clock = choice;
}

/** The reader's locale; 'en-GB' where there is no navigator (tests, the CLI). */
export function userLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-GB';
}

export function pageDateStyle(choice: ClockChoice = clock): DateStyle {
  return { locale: userLocale(), clock: choice };
}

/** "Fri, 4 Dec 2026, 13:35" (en-GB) in the page's style. */
export const formatWhen = (at: number): string => formatDateTime(at, pageDateStyle());
/** "4 Dec 2026" in the page's style. */
export const formatDay = (at: number): string => formatDate(at, pageDateStyle());
