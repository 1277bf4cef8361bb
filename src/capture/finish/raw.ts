// Reading a page half's raw data in the extension: every value is checked for its type here
// (the page is hostile), and text gets the cleaning the page half no longer does (text.ts).
import type { ConnectionDegree } from '../../domain/profile.ts';
import { parseDate, parseRange, type Range } from '../dates.ts';
import { clean, MAX_ABOUT } from '../text.ts';

type Obj = Record<string, unknown>;
/** An object the page sent, or an empty one: reading a missing key gives undefined, never a throw. */
export const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
/** A list the page sent (bounded), or []. */
export const arr = (v: unknown, max = 1000): unknown[] => (Array.isArray(v) ? v.slice(0, max) : []);
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** One line of text, cleaned: what txt() gave when the page cleaned it. */
export const line = (v: unknown, max?: number): string | null => (typeof v === 'string' ? clean(v, max) : null);
/** A multi-paragraph block (About, descriptions), newlines kept. */
export const block = (v: unknown): string | null => (typeof v === 'string' ? clean(v, MAX_ABOUT, true) : null);
/** The non-empty cleaned lines of a list of raw texts. */
export const lines = (v: unknown): string[] => arr(v).flatMap((x) => line(x) ?? []);

/** Absolute http(s) URL of an image source the page found, or null (data: placeholders and ghosts are not photos). */
export function photo(src: unknown, base: string): string | null {
  if (typeof src !== 'string' || !src) return null;
  try {
    const u = new URL(src, base);
    return /^https?:$/.test(u.protocol) && !/ghost|static\.licdn\.com\/aero/.test(u.href) ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The dates of an entry from what dom.ts dateBits() read: its <time> texts when the page marks
 * them up (public pages, old layouts: a dash with one <time> means "until now"), otherwise its
 * text ("Aug 2018 – Present").
 */
export function rangeOf(v: unknown): Range | null {
  const o = obj(v);
  const t = arr(o.times).map((x) => parseDate(line(x)));
  if (!t.length) return parseRange(line(o.text) ?? '');
  const now = t.length === 1 && o.dash === true;
  return { start: t[0] ?? null, end: t[1] ?? (now ? null : (t[0] ?? null)), current: now };
}

/** "2nd", "· 2nd", "2度", "2e" → '2nd'. */
export function degree(s: string | null): ConnectionDegree | null {
  const m = s?.match(/(?:^|\D)([123])(?!\d)/);
  return m ? ((['1st', '2nd', '3rd'] as const)[+(m[1] as string) - 1] ?? null) : null;
}
