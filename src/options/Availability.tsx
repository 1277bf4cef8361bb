// Availability: weekly windows, time zone and meeting length, with the next three times a
// cold email would offer, computed by drafting's nextSlots exactly as the popup does.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Availability as AvailabilityT, Settings } from '../domain/settings.ts';
import { nextSlots } from '../drafting/index.ts';
import { pageDateStyle } from '../lib/date-style.ts';
import { Field } from '../ui/Field.tsx';
import { WindowRowEditor } from './WindowRowEditor.tsx';
import {
  detectedTimeZone,
  newRow,
  overlaps,
  rowError,
  sameWindows,
  timeZones,
  toRows,
  validWindows,
  type WindowRow,
} from './windows.ts';

interface Props {
  availability: AvailabilityT;
  edit(change: (s: Settings) => Settings): void;
}

export const MINUTES_MIN = 5;
export const MINUTES_MAX = 240;

export function minutesError(text: string): string | null {
  const n = Number(text);
  if (!text.trim() || !Number.isInteger(n)) return 'Enter a whole number of minutes.';
  if (n < MINUTES_MIN || n > MINUTES_MAX) return `Between ${MINUTES_MIN} and ${MINUTES_MAX} minutes.`;
  return null;
}

export function Availability({ availability, edit }: Props) {
  const [rows, setRows] = useState<WindowRow[]>(() => toRows(availability.windows));
  const [minutes, setMinutes] = useState(String(availability.meetingMinutes));
  const setAvail = (patch: Partial<AvailabilityT>) =>
    edit((s) => ({ ...s, availability: { ...s.availability, ...patch } }));

  // Settings replaced from elsewhere (another tab, a restore): show them, unless they are ours.
  useEffect(() => {
    if (!sameWindows(validWindows(rows), availability.windows)) setRows(toRows(availability.windows));
  }, [availability.windows]);
  useEffect(() => {
    if (Number(minutes) !== availability.meetingMinutes) setMinutes(String(availability.meetingMinutes));
  }, [availability.meetingMinutes]);

  function changeRows(next: WindowRow[]) {
    setRows(next);
    const windows = validWindows(next);
    if (!sameWindows(windows, availability.windows)) setAvail({ windows });
  }

  const detected = detectedTimeZone();
  const zones = useMemo(() => timeZones(availability.timeZone), [availability.timeZone]);
  const overlapping = overlaps(rows);
  const slots = useMemo(() => nextSlots(availability, Date.now(), 3, [], pageDateStyle()), [availability]);
  const minutesErr = minutesError(minutes);

  return (
    <div class="stack">
      <fieldset class="plain stack">
        <legend>Weekly windows</legend>
        <p class="small muted">When you could take a call. Times are in your time zone below.</p>
        {rows.length === 0 && (
          <p class="notice notice-warn">No windows yet: drafts will ask for “a time that suits you”.</p>
        )}
        <ul class="window-list" aria-label="Weekly windows">
          {rows.map((row, i) => (
            <WindowRowEditor
              key={row.key}
              row={row}
              error={rowError(row)}
              overlap={overlapping.has(i)}
              onChange={(r) => changeRows(rows.map((x) => (x.key === row.key ? r : x)))}
              onRemove={() => changeRows(rows.filter((x) => x.key !== row.key))}
            />
          ))}
        </ul>
        <div>
          <button type="button" class="btn" onClick={() => changeRows([...rows, newRow(rows)])}>
            + Add a window
          </button>
        </div>
      </fieldset>
      <div class="grid-2">
        <div class="field">
          <label for="time-zone">Time zone</label>
          <select
            id="time-zone"
            value={availability.timeZone}
            aria-describedby="time-zone-hint"
            onChange={(e) => setAvail({ timeZone: e.currentTarget.value })}
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
          <p id="time-zone-hint" class="small muted">
            Detected on this computer: {detected}.{' '}
            {detected !== availability.timeZone && (
              <button type="button" class="btn-link" onClick={() => setAvail({ timeZone: detected })}>
                Use {detected}
              </button>
            )}
          </p>
        </div>
        <Field
          id="meeting-minutes"
          label="Meeting length (minutes)"
          type="number"
          min={MINUTES_MIN}
          max={MINUTES_MAX}
          step={5}
          value={minutes}
          error={minutesErr}
          hint="20 minutes is the usual ask for an informational interview."
          onValue={(v) => {
            setMinutes(v);
            if (!minutesError(v)) setAvail({ meetingMinutes: Number(v) });
          }}
        />
      </div>
      <section class="preview" aria-labelledby="slots-preview">
        <h3 id="slots-preview">Next times a cold email would offer</h3>
        {slots.length ? (
          <ul data-testid="slot-preview">
            {slots.map((s) => (
              <li key={s.start}>{s.label}</li>
            ))}
          </ul>
        ) : (
          <p class="muted" data-testid="slot-preview">
            No free times in the next four weeks. Add a window above.
          </p>
        )}
        <p class="small muted">At least 12 hours ahead, one per day, so the other person has a choice.</p>
      </section>
    </div>
  );
}
