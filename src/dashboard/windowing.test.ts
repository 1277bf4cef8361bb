import { describe, expect, it } from 'vitest';
import { listWindow, scrollToRow } from './windowing.ts';

describe('listWindow', () => {
  it('renders only what is in view plus the overscan, at 30,000 rows', () => {
    const w = listWindow(30_000, 40, 400_000, 800, 5);
    expect(w.start).toBe(10_000 - 5);
    expect(w.end - w.start).toBeLessThan(40);
    expect(w.before + (w.end - w.start) * 40 + w.after).toBe(30_000 * 40);
  });
  it('clamps at both ends', () => {
    expect(listWindow(10, 40, 0, 800)).toEqual({ start: 0, end: 10, before: 0, after: 0 });
    const last = listWindow(100, 40, 100 * 40, 400, 2);
    expect(last.end).toBe(100);
    expect(last.after).toBe(0);
    expect(listWindow(0, 40, 0, 800)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
    expect(listWindow(5, 40, -100, 800).start).toBe(0);
  });
});

describe('scrollToRow', () => {
  it('scrolls only when the row is out of view', () => {
    expect(scrollToRow(5, 40, 0, 400)).toBeNull();
    expect(scrollToRow(20, 40, 0, 400)).toBe(20 * 40 + 40 - 400);
    expect(scrollToRow(2, 40, 400, 400)).toBe(80);
  });
});
