import { describe, expect, it } from 'vitest';
import { isValidTimeZone, wallTime, wallToInstant, zoneAbbreviation, zoneOffset } from './zoned-time.ts';

const H = 3_600_000;

describe('zoned time', () => {
  it.each([
    ['Europe/Berlin', '2026-01-15T12:00:00Z', 1],
    ['Europe/Berlin', '2026-07-15T12:00:00Z', 2],
    ['America/New_York', '2026-01-15T12:00:00Z', -5],
    ['America/New_York', '2026-07-15T12:00:00Z', -4],
    ['Asia/Kolkata', '2026-07-15T12:00:00Z', 5.5],
    ['UTC', '2026-07-15T12:34:56Z', 0],
  ])('offset of %s at %s is %f h', (tz, iso, h) => expect(zoneOffset(tz, Date.parse(iso))).toBe(h * H));

  it('reads wall time and weekday', () => {
    expect(wallTime('Asia/Tokyo', Date.parse('2026-12-31T15:30:00Z'))).toEqual({
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
      minute: 30,
      weekday: 5,
    });
  });

  it('maps wall time to instants, with null for the spring-forward gap', () => {
    expect(wallToInstant('Europe/Berlin', 2026, 3, 29, 1, 30)).toBe(Date.parse('2026-03-29T00:30:00Z'));
    expect(wallToInstant('Europe/Berlin', 2026, 3, 29, 2, 30)).toBeNull();
    expect(wallToInstant('Europe/Berlin', 2026, 3, 29, 3, 0)).toBe(Date.parse('2026-03-29T01:00:00Z'));
    expect(wallToInstant('Europe/Berlin', 2026, 10, 25, 2, 30)).toBe(Date.parse('2026-10-25T00:30:00Z')); // first of two
  });

  it('names zones', () => {
    expect(zoneAbbreviation('Europe/Berlin', Date.parse('2026-01-15T12:00:00Z'))).toBe('CET');
    expect(zoneAbbreviation('Europe/London', Date.parse('2026-07-15T12:00:00Z'))).toBe('BST');
    expect(zoneAbbreviation('America/Los_Angeles', Date.parse('2026-07-15T12:00:00Z'))).toBe('PDT');
    expect(zoneAbbreviation('Asia/Tokyo', 0)).toBe('GMT+9');
    expect(isValidTimeZone('Nowhere/Special')).toBe(false);
  });
});
