// Counting and cutting text the way a person reads it: one emoji, one CJK ideograph or one
// accented letter is one character, whatever its UTF-16 length. LinkedIn's 200-character
// (300 with Premium) limit on connection notes is checked against what users see, so we count the same way.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export function countGraphemes(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/**
 * Cut `text` to at most `max` graphemes (including `ellipsis`), at a word boundary when one
 * is reasonably close, so a shortened note never ends mid-word or mid-emoji.
 */
export function truncateGraphemes(text: string, max: number, ellipsis = '…'): string {
  const parts = graphemes(text);
  if (parts.length <= max) return text;
  const room = Math.max(0, max - countGraphemes(ellipsis));
  let cut = room;
  // Look back at most a third of the room for a space; CJK text has none, so cut anywhere.
  for (let i = room; i > room - Math.ceil(room / 3) && i > 0; i--) {
    if (/\s/.test(parts[i] ?? '')) {
      cut = i;
      break;
    }
  }
  return parts.slice(0, cut).join('').trimEnd() + ellipsis;
}
