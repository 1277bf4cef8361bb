// One weekly window: day, start, end, remove. Every row's controls have their own labels;
// after the first row they are hidden visually (the columns line up) but still name them.
import type { Weekday } from '../domain/settings.ts';
import { TimeSelect } from './TimeSelect.tsx';
import { DAY_NAMES, DAY_ORDER, type WindowRow } from './windows.ts';

interface Props {
  row: WindowRow;
  error: string | null;
  overlap: boolean;
  onChange(row: WindowRow): void;
  onRemove(): void;
}

export function WindowRowEditor({ row, error, overlap, onChange, onRemove }: Props) {
  const id = `window-${row.key}`;
  const note = error ?? (overlap ? 'Overlaps another window on this day.' : null);
  const described = note ? `${id}-note` : undefined;
  return (
    <li class="window-row">
      <div class="window-fields">
        <div class="field w-day">
          <label class="wlabel" for={`${id}-day`}>
            Day
          </label>
          <select
            id={`${id}-day`}
            value={row.day}
            onChange={(e) => onChange({ ...row, day: Number(e.currentTarget.value) as Weekday })}
          >
            {DAY_ORDER.map((d) => (
              <option key={d} value={d}>
                {DAY_NAMES[d]}
              </option>
            ))}
          </select>
        </div>
        <div class="field w-from">
          <label class="wlabel" for={`${id}-start`}>
            From
          </label>
          <TimeSelect
            id={`${id}-start`}
            value={row.start}
            invalid={Boolean(error)}
            describedBy={described}
            onValue={(start) => onChange({ ...row, start })}
          />
        </div>
        <div class="field w-to">
          <label class="wlabel" for={`${id}-end`}>
            To
          </label>
          <TimeSelect
            id={`${id}-end`}
            value={row.end}
            invalid={Boolean(error)}
            describedBy={described}
            onValue={(end) => onChange({ ...row, end })}
          />
        </div>
        <button
          type="button"
          class="btn btn-quiet w-remove"
          onClick={onRemove}
          aria-label={`Remove ${DAY_NAMES[row.day]} ${row.start}–${row.end}`}
        >
          Remove
        </button>
      </div>
      {note && (
        <p id={`${id}-note`} class={`small ${error ? 'field-error' : 'field-warn'}`}>
          {note}
          {error ? ' This window is not saved until it is fixed.' : ''}
        </p>
      )}
    </li>
  );
}
