// The countdown. Ticks every second from the stored start (less time spent paused), so
// reopening the window mid-call shows the right time. It starts on Start or the first note,
// not when the window opens. The signal at five minutes and at the end is gentle: a colour
// change, one announcement for screen readers, and a soft chime if the user allowed sound.
import { useEffect, useRef, useState } from 'preact/hooks';
import { chime } from './chime.ts';
import { type ClockState, clock, meetingCountdown, type Phase, phaseAnnouncement } from './countdown.ts';

export type ClockAction = 'start' | 'pause' | 'resume' | 'add5';

export function Timer({
  state,
  ended,
  sound,
  onAction,
}: {
  state: ClockState;
  ended: boolean;
  sound: boolean;
  onAction: (a: ClockAction) => void;
}) {
  const [now, setNow] = useState(Date.now());
  const c = meetingCountdown(state, now);
  const ticking = c.started && !c.paused && !ended;
  useEffect(() => {
    if (!ticking) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [ticking]);
  const last = useRef<Phase>(c.phase);
  const [announce, setAnnounce] = useState('');
  useEffect(() => {
    if (c.phase === last.current) return;
    last.current = c.phase;
    setAnnounce(phaseAnnouncement(c.phase));
    if (sound && !ended) chime(c.phase === 'over' ? [880, 660, 523] : [660, 880]);
  }, [c.phase, sound, ended]);
  const minutes = state.minutes;
  const status = !c.started
    ? `${minutes} minutes · starts when you press Start or type a note`
    : c.paused
      ? 'Paused'
      : c.phase === 'over'
        ? `Past the agreed ${minutes} minutes`
        : `of ${minutes} minutes`;

  return (
    <div class={`mt-timer mt-${c.started ? c.phase : 'ready'}`} data-phase={c.started ? c.phase : 'ready'}>
      <div
        class="mt-clock"
        role="timer"
        aria-label={c.phase === 'over' ? `Over time by ${clock(c.overtime)}` : `${clock(c.remaining)} left`}
      >
        {c.phase === 'over' ? `+${clock(c.overtime)}` : clock(c.remaining)}
      </div>
      <div class="small" data-testid="timer-status">
        {status}
      </div>
      <div class="row mt-timer-controls">
        {!c.started ? (
          <button type="button" class="btn btn-primary" onClick={() => onAction('start')}>
            Start
          </button>
        ) : c.paused ? (
          <button type="button" class="btn btn-primary" onClick={() => onAction('resume')}>
            Resume
          </button>
        ) : (
          <button type="button" class="btn" onClick={() => onAction('pause')}>
            Pause
          </button>
        )}
        <button type="button" class="btn" onClick={() => onAction('add5')} title="Add 5 minutes to the agreed length">
          +5 min
        </button>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}
