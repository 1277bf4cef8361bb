import { describe, expect, it } from 'vitest';
import { countGraphemes, graphemes, truncateGraphemes } from './graphemes.ts';

describe('graphemes', () => {
  it.each([
    ['abc', 3],
    ['👨‍👩‍👧', 1],
    ['🇯🇵🇩🇪', 2],
    ['한국어', 3],
    ['नमस्ते', 3],
    ['', 0],
  ])('%s has %i', (s, n) => {
    expect(countGraphemes(s)).toBe(n);
    expect(graphemes(s).join('')).toBe(s);
  });

  it.each([
    ['short stays', 'hello', 10, 'hello'],
    ['cuts at a nearby space', 'hello wonderful world', 18, 'hello wonderful…'],
    ['cuts mid-word rather than dropping a third of the room', 'hello wonderful world', 12, 'hello wonde…'],
    ['CJK without spaces', '東京大学で研究しています', 5, '東京大学…'],
    ['never splits an emoji', '👩‍💻👩‍💻👩‍💻👩‍💻', 3, '👩‍💻👩‍💻…'],
  ])('truncate: %s', (_n, s, max, out) => {
    expect(truncateGraphemes(s, max)).toBe(out);
    expect(countGraphemes(truncateGraphemes(s, max))).toBeLessThanOrEqual(max);
  });
});
