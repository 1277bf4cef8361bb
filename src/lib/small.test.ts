import { describe, expect, it } from 'vitest';
import { deepEqual } from './deep-equal.ts';
import { fold } from './fold.ts';
import { foldLine, unfoldLines } from './fold-lines.ts';
import { newId } from './id.ts';

describe('fold', () => {
  it('removes accents and case', () => {
    expect(fold('Zoë MÜLLER Ångström São')).toBe('zoe muller angstrom sao');
    expect(fold('ﬁnance')).toBe('finance');
  });
});

describe('foldLine / unfoldLines', () => {
  it('folds at 75 octets without splitting a character, and unfolds back', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}x${'🙂'.repeat(30)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(unfoldLines(folded)).toEqual([line]);
    expect(foldLine('short')).toBe('short');
  });
});

describe('deepEqual', () => {
  it('ignores key order, not values', () => {
    expect(deepEqual({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: [] }, { a: {} })).toBe(false);
  });
});

describe('newId', () => {
  it('is unique', () => {
    expect(new Set(Array.from({ length: 1000 }, newId)).size).toBe(1000);
  });
});
