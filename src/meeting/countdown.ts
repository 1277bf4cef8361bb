// The meeting clock. Pure: the view passes `now` every second, so the phase is the same
// whether the window stayed open or was reopened mid-meeting (startedAt is stored).

export const WARN_BEFORE_MS = 5 * 60_000;

export type Phase = 'running' | 'wrap-up' | 'over';

export interface Countdown {
  /** ms left, never below 0 */
  remaining: number;
  /** ms past the agreed end, 0 before it */
  overtime: number;
  phase: Phase;
}

export function countdown(startedAt: number, minutes: number, now: number): Countdown {
  const end = startedAt + minutes * 60_000;
  // A clock read a moment before the start was stored would show 20:01: never above the length.
  const left = Math.min(end - now, minutes * 60_000);
  // A meeting shorter than the warning window is "wrap-up" only for its second half.
  const warnAt = Math.min(WARN_BEFORE_MS, (minutes * 60_000) / 2);
  const phase: Phase = left <= 0 ? 'over' : left <= warnAt ? 'wrap-up' : 'running';
  return { remaining: Math.max(0, left), overtime: Math.max(0, -left), phase };
}

/** "19:05", "0:42"; minutes are not capped at 59 (a 90-minute meeting shows 90:00). */
export function clock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** What a screen reader hears: said once per phase change, not every second. */
export function phaseAnnouncement(phase: Phase): string {
  if (phase === 'wrap-up') return 'Five minutes left. Time to ask who you should talk to next.';
  if (phase === 'over') return 'Time is up. Thank them for their time.';
  return '';
}

export interface ClockState {
  startedAt: number | null;
  pausedAt?: number | null;
  pausedMs?: number;
  minutes: number;
}

/** The countdown of a meeting that may not have started or may be paused: time stands still while paused. */
export function meetingCountdown(s: ClockState, now: number): Countdown & { started: boolean; paused: boolean } {
  if (s.startedAt === null) return { ...countdown(now, s.minutes, now), started: false, paused: false };
  const paused = s.pausedAt != null;
  return {
    ...countdown(s.startedAt + (s.pausedMs ?? 0), s.minutes, paused ? (s.pausedAt as number) : now),
    started: true,
    paused,
  };
}

/** The stored fields after Pause, Resume or "+5 min"; pure so the arithmetic is tested. */
export function clockAction(
  s: ClockState,
  action: 'start' | 'pause' | 'resume' | 'add5',
  now: number,
): Partial<ClockState> {
  if (action === 'start') return s.startedAt === null ? { startedAt: now, pausedAt: null, pausedMs: 0 } : {};
  if (action === 'pause') return s.startedAt !== null && s.pausedAt == null ? { pausedAt: now } : {};
  if (action === 'resume')
    return s.pausedAt != null ? { pausedAt: null, pausedMs: (s.pausedMs ?? 0) + Math.max(0, now - s.pausedAt) } : {};
  return { minutes: s.minutes + 5 };
}
