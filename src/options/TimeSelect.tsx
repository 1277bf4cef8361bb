// A time of day as a list of half hours, written by the shared formatter: the browser's own
// time input writes "10:00 AM" or "10:00" by its own rules, ignoring the user's 12/24-hour choice.
import { formatClockTime } from '../lib/date-format.ts';
import { pageDateStyle } from '../lib/date-style.ts';

// Half hours, the grid meeting times are offered on (drafting/slots.ts).
const GRID = Array.from(
  { length: 48 },
  (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
);

/** The half hours, plus the current value if it is off the grid (an older "09:10" stays as it is). */
export function timeChoices(value: string): string[] {
  return /^\d{2}:\d{2}$/.test(value) && !GRID.includes(value) ? [...GRID, value].sort() : GRID;
}

export function TimeSelect(props: {
  id: string;
  value: string;
  onValue(v: string): void;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
}) {
  const style = pageDateStyle();
  return (
    <select
      id={props.id}
      value={props.value}
      disabled={props.disabled}
      aria-invalid={props.invalid ? true : undefined}
      aria-describedby={props.describedBy}
      onChange={(e) => props.onValue(e.currentTarget.value)}
    >
      {timeChoices(props.value).map((t) => (
        <option key={t} value={t}>
          {formatClockTime(t, style)}
        </option>
      ))}
    </select>
  );
}
