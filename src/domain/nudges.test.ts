import { describe, expect, it } from 'vitest';
import { keepInTouchDue, noReplyNudgeTimes, stillWaiting, wallLater } from './nudges.ts';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

describe('no-reply nudges', () => {
  it('come N and 2N days later at the same wall-clock time, across a daylight-saving change', () => {
    // Wednesday 25 March 2026, 10:00 in Berlin (CET, UTC+1); clocks go forward on 29 March.
    const sent = Date.UTC(2026, 2, 25, 9);
    const [first, second] = noReplyNudgeTimes(sent, 0, BERLIN);
    expect(new Date(first!).toISOString()).toBe('2026-04-01T08:00:00.000Z'); // 10:00 CEST
    expect(new Date(second!).toISOString()).toBe('2026-04-08T08:00:00.000Z');
    // And in the autumn, clocks going back (New York, 1 November 2026).
    const autumn = Date.UTC(2026, 9, 28, 13); // 09:00 EDT
    expect(new Date(noReplyNudgeTimes(autumn, 0, NEW_YORK, 7)[0]!).toISOString()).toBe('2026-11-04T14:00:00.000Z');
  });

  it('are at most two per contact, counting those set before', () => {
    expect(noReplyNudgeTimes(0, 0, 'UTC')).toHaveLength(2);
    expect(noReplyNudgeTimes(0, 1, 'UTC')).toHaveLength(1);
    expect(noReplyNudgeTimes(0, 2, 'UTC')).toEqual([]);
    expect(noReplyNudgeTimes(0, 5, 'UTC')).toEqual([]);
  });

  it('use a custom number of days, and an unknown zone as UTC', () => {
    expect(noReplyNudgeTimes(0, 0, 'Not/AZone', 3)).toEqual([3 * 86_400_000, 6 * 86_400_000]);
  });

  it('apply only while still at "reached out" with no reply since', () => {
    expect(stillWaiting({ stage: 'reached-out', reachedOutAt: 10 })).toBe(true);
    expect(stillWaiting({ stage: 'reached-out', reachedOutAt: 10, repliedAt: 20 })).toBe(false);
    expect(stillWaiting({ stage: 'reached-out', reachedOutAt: 30, repliedAt: 20 })).toBe(true);
    expect(stillWaiting({ stage: 'scheduled', reachedOutAt: 10 })).toBe(false);
  });
});

describe('keep-in-touch cadence', () => {
  it('falls due N months later at the reminder time, in the user zone, across DST', () => {
    // 15 January 2026 in New York (EST); 3 months later is 15 April (EDT), at 09:00 local.
    const at = keepInTouchDue(Date.UTC(2026, 0, 15, 20), 3, NEW_YORK, '09:00');
    expect(new Date(at!).toISOString()).toBe('2026-04-15T13:00:00.000Z');
    expect(new Date(keepInTouchDue(Date.UTC(2026, 0, 15), 12, 'UTC', '8:30')!).toISOString()).toBe(
      '2027-01-15T08:30:00.000Z',
    );
  });
  it('is off at 0 months', () => {
    expect(keepInTouchDue(0, 0, 'UTC', '09:00')).toBeNull();
  });
  it('a time skipped by spring-forward moves an hour later', () => {
    // 02:30 does not exist in Berlin on 29 March 2026.
    const at = wallLater(Date.UTC(2026, 1, 28, 12), BERLIN, 29, 0, { hour: 2, minute: 30 });
    expect(new Date(at).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
  });
});
