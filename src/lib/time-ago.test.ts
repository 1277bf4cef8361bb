import { expect, it } from 'vitest';
import { timeAgo } from './time-ago.ts';

const now = Date.UTC(2026, 0, 31, 12);
it.each([
  [now - 10_000, 'just now'],
  [now - 5 * 60_000, '5 min ago'],
  [now - 3 * 3_600_000, '3 h ago'],
  [now - 86_400_000, '1 day ago'],
  [now - 4 * 86_400_000, '4 days ago'],
  [now + 60_000, 'just now'],
])('timeAgo(%i) is %s', (at, text) => {
  expect(timeAgo(at, now)).toBe(text);
});

it('falls back to a date after a month', () => {
  expect(timeAgo(now - 90 * 86_400_000, now)).toMatch(/2025/);
});
