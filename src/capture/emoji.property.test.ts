// Hostile-text cleaning and emoji: ZWJ and variation selectors are kept inside
// emoji sequences and dropped everywhere else, and neither cleaning nor the
// length bound ever splits a grapheme that Intl.Segmenter sees as one emoji.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from './text.ts';

const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
const PICTO = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;
const emojiGraphemes = (s: string) => [...seg.segment(s)].map((x) => x.segment).filter((g) => PICTO.test(g));

// Sequences with every joiner kind: ZWJ, skin tones, U+FE0F, flags, keycaps, tags.
const EMOJI = ['🧑🏼‍💻', '🙋🏾‍♂️', '👩‍🔬', '🏳️‍🌈', '❤️', '👨‍👩‍👧‍👦', '🇩🇪', '1️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🤝🏽', '☕'];
const STRAY = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\ufe0f', '\ufe0e'];
const WORDS = ['dev', 'Über', ' ', 'a', '·', 'x1', '\n'];

describe('emoji survive cleaning', () => {
  it('keeps the examples from the issue intact', () => {
    expect(clean('🧑🏼‍💻 Platform · 🙋🏾‍♂️ mentor · 👩‍🔬 lab ❤️')).toBe('🧑🏼‍💻 Platform · 🙋🏾‍♂️ mentor · 👩‍🔬 lab ❤️');
    expect(clean('Zero\u200b\u200c\u200d\ufeffWidth x\ufe0f')).toBe('ZeroWidth x');
  });

  it('never splits an emoji grapheme, and stray joiners outside emoji are dropped', () => {
    // Stray format characters go between words or before an emoji, never right after one
    // (there they would be part of the emoji's own grapheme on the page as well).
    const piece = fc.oneof(
      fc.constantFrom(...EMOJI).map((e) => ({ e, s: e })),
      fc.tuple(fc.constantFrom(...STRAY), fc.constantFrom(...WORDS)).map(([z, w]) => ({ e: null, s: `${w}${z}${w}` })),
      fc.constantFrom(...WORDS).map((w) => ({ e: null, s: w })),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (ps) => {
        const input = ps.map((p) => p.s).join('');
        const out = clean(input, 10_000) ?? '';
        // Same emoji, same order, each one whole.
        expect(emojiGraphemes(out)).toEqual(ps.flatMap((p) => (p.e ? [p.e] : [])));
        // No joiner or selector left outside an emoji grapheme.
        for (const { segment } of seg.segment(out))
          if (!PICTO.test(segment)) expect(segment).not.toMatch(/[\u200b-\u200d\u2060\ufeff]|\ufe0e|\ufe0f/);
      }),
      { numRuns: 300 },
    );
  });

  it('the length bound cuts before an emoji, never through it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...EMOJI), fc.constantFrom('a', 'b', ' x')), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 2, max: 60 }),
        (parts, max) => {
          const out = clean(parts.join(''), max) ?? '';
          expect(out.length).toBeLessThanOrEqual(max);
          for (const g of emojiGraphemes(out)) expect(EMOJI).toContain(g);
        },
      ),
      { numRuns: 500 },
    );
  });
});
