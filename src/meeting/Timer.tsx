// The countdown. Ticks every second from the stored start, so reopening the window mid-call
// shows the right time. The signal at five minutes and at the end is gentle: a colour change,
// one announcement for screen readers, and a soft chime if the user allowed sound.
import { useEffect, useRef, useState } from 'preact/hooks';
import { chime } from './chime.ts';
import { clock, countdown, type Phase, phaseAnnouncement } from './countdown.ts';

export function Timer({
  startedAt,
  minutes,
  ended,
  sound,
}: {
  startedAt: number;
  minutes: number;
  ended: boolean;
  sound: boolean;
}) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (ended) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [ended]);
  const c = countdown(startedAt, minutes, now);
  const last = useRef<Phase>(c.phase);
  const [announce, setAnnounce] = useState('');
  useEffect(() => {
    if (c.phase === last.current) return;
    last.current = c.phase;
    setAnnounce(phaseAnnouncement(c.phase));
    if (sound && !ended) chime(c.phase === 'over' ? [880, 660, 523] : [660, 880]);
  }, [c.phase, sound, ended]);

  return (
    <div class={`mt-timer mt-${c.phase}`} data-phase={c.phase}>
      <div
        class="mt-clock"
        role="timer"
        aria-label={c.phase === 'over' ? `Over time by ${clock(c.overtime)}` : `${clock(c.remaining)} left`}
      >
        {c.phase === 'over' ? `+${clock(c.overtime)}` : clock(c.remaining)}
      </div>
      <div class="small">{c.phase === 'over' ? `Past the agreed ${minutes} minutes` : `of ${minutes} minutes`}</div>
      <p class="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}
