// Text cleaning shared by every layer. Pages hand us doubled screen-reader
// text, "…see more" buttons, stray entities (LinkedIn double-escapes some
// aria-labels: "&amp;amp;") and, on hostile pages, megabytes of text, so every
// string that leaves capture/ goes through clean() with a length bound.

export const MAX_ABOUT = 10_000;
export const MAX_LINE = 600;
export const MAX_LIST = 200;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decode entities left over in text (the DOM already decoded one level). */
export function decode(s: string): string {
  // Twice: "&amp;amp;" is what LinkedIn's double escaping leaves after the DOM decoded once.
  for (let i = 0; i < 2; i++)
    s = s.replace(/&(#x?)?([0-9a-f]{1,6}|[a-z]{2,6});/gi, (m, h: string | undefined, e: string) => {
      const n = h ? parseInt(e, h.length > 1 ? 16 : 10) : 0;
      return h ? (n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m) : (NAMED[e.toLowerCase()] ?? m);
    });
  return s;
}

// "…see more" in any UI language: an ellipsis then at most two short words at
// the very end is the truncation button's label, whatever language it is in.
const MORE = /\s*(?:…|\.\.\.)\s*(?:\S{1,12}(?: \S{1,12})?)?\s*$/;

/**
 * Clean one value: entities decoded, <br> as newlines, zero-width characters
 * dropped, whitespace collapsed (newlines kept only when `multiline`), a
 * trailing "…see more" removed, bounded to `max` characters. Never throws.
 */
export function clean(v: unknown, max = MAX_LINE, multiline = false): string | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  // Bound the work first: a 1 MB About must not cost a 1 MB regex pass per step.
  let s = String(v).slice(0, max * 2 + 64);
  // Each rewrite only when its trigger is present: this runs for every line of every entry.
  if (s.includes('&')) s = decode(s);
  if (s.includes('<')) s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[^\S\n]+/g, ' ');
  s = multiline ? s.replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n') : s.replace(/\s+/g, ' ');
  if (s.includes('…') || s.includes('...')) s = s.replace(MORE, '');
  // A dangling separator ("Bachelor of Science,") is layout, not content.
  s = s.trim().replace(/\s*[,;]$/, '');
  if (s.length > max) s = `${s.slice(0, max - 1).trimEnd()}…`;
  return s || null;
}

/** The text before the first " · " (LinkedIn appends employment type, durations). */
export function beforeDot(s: string): string {
  return s.split(/\s+[·•]\s+/)[0] as string;
}
