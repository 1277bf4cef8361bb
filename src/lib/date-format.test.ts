import { describe, expect, it } from 'vitest';
import { formatClockTime, formatDate, formatDateTime, formatSlot } from './date-format.ts';

// Intl separates some parts with thin or narrow no-break spaces; compare as plain spaces.
const plain = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ');
const AT = Date.UTC(2026, 11, 4, 13, 35); // Fri 4 Dec 2026, 13:35 UTC

describe('one date and time style', () => {
  it.each([
    ['en-GB', 'auto', 'Fri, 4 Dec 2026, 13:35', '13:35', 'Mon 7 Dec, 10:00–10:20 UTC'],
    ['en-GB', '12h', 'Fri, 4 Dec 2026, 1:35 pm', '1:35 pm', 'Mon 7 Dec, 10:00 – 10:20 am UTC'],
    ['en-US', 'auto', 'Fri, Dec 4, 2026, 1:35 PM', '1:35 PM', 'Mon, Dec 7, 10:00 – 10:20 AM UTC'],
    ['en-US', '24h', 'Fri, Dec 4, 2026, 13:35', '13:35', 'Mon, Dec 7, 10:00 – 10:20 UTC'],
    ['de-DE', 'auto', 'Fr., 4. Dez. 2026, 13:35', '13:35', 'Mo., 7. Dez., 10:00–10:20 Uhr UTC'],
  ] as const)('%s with the %s clock', (locale, clock, dateTime, time, slot) => {
    const style = { locale, clock, timeZone: 'UTC' };
    expect(plain(formatDateTime(AT, style))).toBe(dateTime);
    expect(plain(formatClockTime('13:35', style))).toBe(time);
    const start = Date.UTC(2026, 11, 7, 10);
    expect(plain(formatSlot(start, start + 20 * 60_000, style))).toBe(slot);
  });

  it('writes a plain date without the time', () => {
    expect(plain(formatDate(AT, { locale: 'en-GB', clock: 'auto', timeZone: 'UTC' }))).toBe('4 Dec 2026');
  });

  it('survives a damaged locale or zone, and leaves a value that is not a time as it is', () => {
    expect(formatDateTime(AT, { locale: 'not a locale!', clock: 'auto', timeZone: 'Mars/Olympus' })).toMatch(/2026/);
    expect(formatClockTime('25:00', { locale: 'en-GB', clock: 'auto' })).toBe('25:00');
  });
});
