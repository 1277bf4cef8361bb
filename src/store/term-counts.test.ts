import { describe, expect, it } from 'vitest';
import { TermCounts } from './term-counts.ts';

function indexed(docs: string[][]): TermCounts {
  const counts = new TermCounts();
  for (const words of docs)
    counts.whileAdding(() => {
      for (const w of words) counts.see(w);
    });
  return counts;
}

describe('TermCounts', () => {
  it('counts each word once per document and sums the words under a prefix', () => {
    const counts = indexed([['capital', 'capital', 'cap'], ['capital'], ['caper', 'zebra']]);
    expect(counts.atPrefix('capital')).toBe(2);
    expect(counts.atPrefix('cape')).toBe(1);
    expect(counts.atPrefix('cap')).toBe(4);
    expect(counts.atPrefix('zeb')).toBe(1);
    expect(counts.atPrefix('nothing')).toBe(0);
  });

  it('stops at enough, and counts only what is seen while a document is added', () => {
    const counts = indexed([['alpha'], ['alpha'], ['alpha', 'alpine']]);
    expect(counts.atPrefix('alp')).toBe(4);
    // alpha alone reaches 2: alpine is not counted.
    expect(counts.atPrefix('alp', 2)).toBe(3);
    counts.see('alpaca'); // a query's word, outside whileAdding
    expect(counts.atPrefix('alpaca')).toBe(0);
  });

  it('finds words first seen after a query', () => {
    const counts = indexed([['mango']]);
    expect(counts.atPrefix('ma')).toBe(1);
    counts.whileAdding(() => {
      for (const w of ['maple', 'apple', 'mzz']) counts.see(w);
    });
    expect(counts.atPrefix('ma')).toBe(2);
    expect(counts.atPrefix('ap')).toBe(1);
    expect(counts.atPrefix('mz')).toBe(1);
  });
});
