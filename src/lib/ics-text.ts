// The pieces of iCalendar (RFC 5545) text that every .ics the extension writes shares.
export { foldLine } from './fold-lines.ts';

/** 20251203T130000Z: times in UTC, so no VTIMEZONE block is needed. */
export function icsTime(at: number): string {
  return new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}
