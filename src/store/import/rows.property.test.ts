// makeRow's shortcuts (a LinkedIn URL already in the stored form, a field already clean) must
// give what the general path gives: normaliseProfileUrl for URLs, whitespace folded for text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseProfileUrl } from '../../domain/profile-url.ts';
import { makeRow } from './rows.ts';

const slug = fc.string({
  unit: fc.constantFrom('a', 'z', 'Q', '0', '9', '-', '_', '~', '.', '%', '2', 'e', 'C', '3', 'A', '/', 'é', ' '),
  maxLength: 10,
});

describe('makeRow', () => {
  it('stores a LinkedIn URL as normaliseProfileUrl does', () => {
    fc.assert(
      fc.property(slug, fc.constantFrom('', '/', '//', '?x=1'), (s, tail) => {
        const url = `https://www.linkedin.com/in/${s}${tail}`;
        expect(makeRow(2, { url }).profileUrl).toBe(normaliseProfileUrl(url));
      }),
      { numRuns: 2000 },
    );
  });

  it('folds every run of whitespace to one space and trims, or gives null', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', 'é', '—', '中'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(text, (t) => {
        const expected = t.replace(/\s+/g, ' ').trim() || null;
        const row = makeRow(2, { name: t, company: t, title: t, location: t });
        expect([row.name, row.company, row.title, row.location]).toEqual([expected, expected, expected, expected]);
      }),
      { numRuns: 2000 },
    );
  });
});
