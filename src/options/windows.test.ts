import { describe, expect, it } from 'vitest';
import { newRow, overlaps, rowError, sameWindows, timeZones, toRows, validWindows } from './windows.ts';

describe('availability rows', () => {
  it('accepts a window whose end is after its start', () => {
    expect(rowError({ day: 1, start: '10:00', end: '12:00' })).toBeNull();
  });

  it('refuses an end at or before the start, and missing times', () => {
    expect(rowError({ day: 1, start: '12:00', end: '12:00' })).toMatch(/after the start/);
    expect(rowError({ day: 1, start: '13:00', end: '09:30' })).toMatch(/after the start/);
    expect(rowError({ day: 1, start: '', end: '09:30' })).toMatch(/start time/);
    expect(rowError({ day: 1, start: '09:00', end: '24:00' })).toMatch(/end time/);
  });

  it('keeps only valid rows for the settings, in order', () => {
    const rows = toRows([
      { day: 1, start: '10:00', end: '12:00' },
      { day: 2, start: '15:00', end: '14:00' },
      { day: 3, start: '09:00', end: '10:00' },
    ]);
    expect(validWindows(rows)).toEqual([
      { day: 1, start: '10:00', end: '12:00' },
      { day: 3, start: '09:00', end: '10:00' },
    ]);
    expect(sameWindows(validWindows(rows), [rows[0]!, rows[2]!])).toBe(true);
  });

  it('flags a window overlapping an earlier one on the same day', () => {
    const rows = [
      { day: 1 as const, start: '10:00', end: '12:00' },
      { day: 1 as const, start: '11:30', end: '13:00' },
      { day: 2 as const, start: '11:30', end: '13:00' },
      { day: 1 as const, start: '12:00', end: '13:00' },
    ];
    expect([...overlaps(rows)]).toEqual([1, 3]);
  });

  it('adds the next day with the same hours, Sunday after Saturday, Monday after Sunday', () => {
    const [sat] = toRows([{ day: 6, start: '14:00', end: '15:00' }]);
    expect(newRow([sat!])).toMatchObject({ day: 0, start: '14:00', end: '15:00' });
    expect(newRow([{ ...sat!, day: 0 }]).day).toBe(1);
    expect(newRow([])).toMatchObject({ day: 1 });
  });

  it('offers every zone the browser knows, the current one included', () => {
    const zones = timeZones('Europe/Berlin');
    expect(zones).toContain('Europe/Berlin');
    expect(zones).toContain('UTC');
    expect(new Set(zones).size).toBe(zones.length);
  });
});
