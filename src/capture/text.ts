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

// Zero-width and variation characters. Inside an emoji sequence they are part
// of the picture (🧑🏼‍💻 is three emoji joined by ZWJ, ❤️ needs U+FE0F); anywhere
// else they are invisible noise or an attack on matching, so they go.
const FORMAT = /[\u200b-\u200d\u2060\ufeff]|\ufe0e|\ufe0f/g;
const PICTO = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Emoji}]/u;
const PICTO_START = /^\p{Extended_Pictographic}/u;
// A character that continues the grapheme before it: cutting in front of one splits an emoji.
const CONTINUES = /^(?:[\u200d\ufe0e\ufe0f\u20e3\udc00-\udfff]|\p{Emoji_Modifier}|\p{M}|[\u{e0020}-\u{e007f}])/u;

/** The code point that ends just before index i (surrogate pairs read whole). */
function before(s: string, i: number): string {
  const c = s.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i > 1 ? s.slice(i - 2, i) : s.charAt(i - 1);
}
function keepInEmoji(ch: string, i: number, s: string): string {
  const prev = before(s, i);
  // U+FE0F/FE0E after an emoji-capable character selects its presentation.
  // A digit, # or * is an emoji only as a keycap (1️⃣: U+FE0F then U+20E3).
  if (ch === '\ufe0f' || ch === '\ufe0e')
    return PICTO.test(prev) && (!/[\d#*]/.test(prev) || s.charAt(i + 1) === '\u20e3') ? ch : '';
  // ZWJ joins two pictographs (a skin tone or U+FE0F may sit before it).
  if (ch === '\u200d')
    return (PICTO.test(prev) || prev === '\ufe0f') && PICTO_START.test(s.slice(i + 1, i + 3)) ? ch : '';
  return '';
}

/** The largest cut at or before n that does not split an emoji sequence or a surrogate pair. */
export function graphemeCut(s: string, n: number): number {
  let i = n;
  // Walking back over continuations lands on the base character of the grapheme being cut.
  while (i > 0 && (CONTINUES.test(s.slice(i, i + 2)) || s.charAt(i - 1) === '\u200d')) i--;
  // A flag is two regional indicators: never keep only the first.
  if (/\p{Regional_Indicator}/u.test(before(s, i)) && /^\p{Regional_Indicator}/u.test(s.slice(i, i + 2))) {
    let k = 0;
    for (let j = i; j > 0 && /\p{Regional_Indicator}/u.test(before(s, j)); j -= 2) k++;
    if (k % 2) i -= 2;
  }
  return i;
}

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
  s = s.replace(FORMAT, keepInEmoji).replace(/[^\S\n]+/g, ' ');
  s = multiline ? s.replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n') : s.replace(/\s+/g, ' ');
  if (s.includes('…') || s.includes('...')) s = s.replace(MORE, '');
  // A dangling separator ("Bachelor of Science,") is layout, not content.
  s = s.trim().replace(/\s*[,;]$/, '');
  if (s.length > max) s = `${s.slice(0, graphemeCut(s, max - 1)).trimEnd()}…`;
  return s || null;
}

/** The text before the first " · " (LinkedIn appends employment type, durations). */
export function beforeDot(s: string): string {
  return s.split(/\s+[·•]\s+/)[0] as string;
}
