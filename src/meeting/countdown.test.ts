import { describe, expect, it } from 'vitest';
import { type ClockState, clock, clockAction, countdown, meetingCountdown } from './countdown.ts';

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

describe('meeting clock controls', () => {
  const fresh: ClockState = { startedAt: null, pausedAt: null, pausedMs: 0, minutes: 20 };

  it('stands at the full length until started', () => {
    const c = meetingCountdown(fresh, 5 * MIN);
    expect(c).toMatchObject({ started: false, remaining: 20 * MIN, phase: 'running' });
  });

  it('stops while paused and continues from the same time after resuming', () => {
    let s: ClockState = { ...fresh, ...clockAction(fresh, 'start', 0) };
    s = { ...s, ...clockAction(s, 'pause', 3 * MIN) };
    expect(meetingCountdown(s, 10 * MIN).remaining).toBe(17 * MIN);
    expect(meetingCountdown(s, 10 * MIN).paused).toBe(true);
    s = { ...s, ...clockAction(s, 'resume', 10 * MIN) };
    expect(s.pausedMs).toBe(7 * MIN);
    expect(meetingCountdown(s, 11 * MIN).remaining).toBe(16 * MIN);
  });

  it('adds five minutes to the agreed length, and starting twice keeps the first start', () => {
    const s: ClockState = { ...fresh, startedAt: 0 };
    expect(clockAction(s, 'add5', 1).minutes).toBe(25);
    expect(clockAction(s, 'start', 9 * MIN)).toEqual({});
    expect(meetingCountdown({ ...s, minutes: 25 }, 20 * MIN).remaining).toBe(5 * MIN);
  });
});
