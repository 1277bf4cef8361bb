// Weekly availability rows as the user edits them. A row may be half-typed or wrong for a
// moment; only rows that check out reach the settings, the rest stay on screen with a reason.
import type { AvailabilityWindow, Weekday } from '../domain/settings.ts';

export interface WindowRow extends AvailabilityWindow {
  /** Stable key for the list while rows are added and removed. */
  key: number;
}

export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** Weeks shown Monday first, the way most calendars people plan with do. */
export const DAY_ORDER: Weekday[] = [1, 2, 3, 4, 5, 6, 0];

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function minutesOf(hhmm: string): number | null {
  if (!HHMM.test(hhmm)) return null;
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
}

/** Why a row cannot be saved, or null. */
export function rowError(row: AvailabilityWindow): string | null {
  const from = minutesOf(row.start);
  const to = minutesOf(row.end);
  if (from === null) return 'Enter a start time.';
  if (to === null) return 'Enter an end time.';
  if (to <= from) return 'The end must be after the start.';
  return null;
}

/** Rows that overlap an earlier row on the same day: allowed, but worth a word. */
export function overlaps(rows: AvailabilityWindow[]): Set<number> {
  const out = new Set<number>();
  rows.forEach((a, i) => {
    if (rowError(a)) return;
    for (let j = 0; j < i; j++) {
      const b = rows[j]!;
      if (b.day !== a.day || rowError(b)) continue;
      if (minutesOf(a.start)! < minutesOf(b.end)! && minutesOf(b.start)! < minutesOf(a.end)!) out.add(i);
    }
  });
  return out;
}

export function validWindows(rows: WindowRow[]): AvailabilityWindow[] {
  return rows.filter((r) => !rowError(r)).map(({ day, start, end }) => ({ day, start, end }));
}

export function sameWindows(a: AvailabilityWindow[], b: AvailabilityWindow[]): boolean {
  return (
    a.length === b.length && a.every((w, i) => w.day === b[i]!.day && w.start === b[i]!.start && w.end === b[i]!.end)
  );
}

let nextKey = 1;
export function toRows(windows: AvailabilityWindow[]): WindowRow[] {
  return windows.map((w) => ({ ...w, key: nextKey++ }));
}

/** A new row: the day after the last one, same hours, so adding a week is a few clicks. */
export function newRow(rows: WindowRow[]): WindowRow {
  const last = rows[rows.length - 1];
  if (!last) return { day: 1, start: '10:00', end: '12:00', key: nextKey++ };
  const at = DAY_ORDER.indexOf(last.day);
  return { day: DAY_ORDER[(at + 1) % 7]!, start: last.start, end: last.end, key: nextKey++ };
}

export function timeZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = []; // an older engine: the current and detected zones are still offered
  }
  return [...new Set([current, 'UTC', ...zones])].sort((a, b) => a.localeCompare(b));
}

export function detectedTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
