import { describe, expect, it } from 'vitest';
import { clock, countdown } from './countdown.ts';

const MIN = 60_000;

describe('countdown', () => {
  it('runs, then warns five minutes before the end, then is over', () => {
    expect(countdown(0, 20, 0)).toEqual({ remaining: 20 * MIN, overtime: 0, phase: 'running' });
    expect(countdown(0, 20, 15 * MIN - 1).phase).toBe('running');
    expect(countdown(0, 20, 15 * MIN).phase).toBe('wrap-up');
    expect(countdown(0, 20, 20 * MIN)).toEqual({ remaining: 0, overtime: 0, phase: 'over' });
    expect(countdown(0, 20, 22 * MIN).overtime).toBe(2 * MIN);
    expect(countdown(1000, 20, 0).remaining).toBe(20 * MIN);
  });
  it('warns halfway through a meeting shorter than ten minutes', () => {
    expect(countdown(0, 6, 2 * MIN).phase).toBe('running');
    expect(countdown(0, 6, 3 * MIN).phase).toBe('wrap-up');
  });
  it('formats the clock', () => {
    expect(clock(20 * MIN)).toBe('20:00');
    expect(clock(61_500)).toBe('1:02');
    expect(clock(0)).toBe('0:00');
    expect(clock(90 * MIN)).toBe('90:00');
  });
});
