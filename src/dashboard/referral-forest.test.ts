import { describe, expect, it } from 'vitest';
import type { Referral } from '../domain/contact.ts';
import { forestIds, referralForest } from './referral-forest.ts';

let t = 0;
const ref = (from: string, to: string): Referral => ({
  id: `${from}-${to}`,
  fromContactId: from,
  toContactId: to,
  interviewId: null,
  at: ++t,
});

describe('referralForest', () => {
  it('starts at each first contact and marks dead ends (met, no next name)', () => {
    const f = referralForest([ref('a', 'b'), ref('a', 'c'), ref('b', 'd'), ref('x', 'y')], new Set(['a', 'b', 'c']));
    expect(f.map((n) => n.contactId)).toEqual(['a', 'x']);
    const a = f[0]!;
    expect(a.children.map((n) => n.contactId)).toEqual(['b', 'c']);
    expect(a.deadEnd).toBe(false);
    expect(a.children[1]!.deadEnd).toBe(true); // c: met, suggested nobody
    expect(a.children[0]!.children[0]).toMatchObject({ contactId: 'd', met: false, deadEnd: false }); // not met yet: open, not dead
    expect(forestIds(f)).toEqual(['a', 'b', 'd', 'c', 'x', 'y']);
  });
  it('lists a person suggested twice once, and survives cycles', () => {
    const f = referralForest([ref('a', 'b'), ref('c', 'b'), ref('b', 'a')], new Set());
    expect(forestIds(f).sort()).toEqual(['a', 'b', 'c'].sort());
    const cycle = referralForest([ref('p', 'q'), ref('q', 'p')], new Set());
    expect(forestIds(cycle)).toEqual(['p', 'q']);
  });
  it('is empty without referrals', () => {
    expect(referralForest([], new Set())).toEqual([]);
  });
});
