import { describe, expect, it } from 'vitest';
import { followUpDue, thankYouDue } from './reminder-times.ts';
import type { ReminderSettings } from './settings.ts';

const R: ReminderSettings = { thankYou: { enabled: true, time: '09:00' }, followUp: { enabled: true, months: 3 } };

describe('reminder times', () => {
  it('thank-you: the next day at the chosen time, in the user zone', () => {
    const met = Date.UTC(2026, 2, 10, 15, 30); // 10 Mar 15:30 UTC
    expect(thankYouDue(met, R, 'UTC')).toBe(Date.UTC(2026, 2, 11, 9, 0));
    // 16:30 in Berlin (CET, +1) → 09:00 CET next day = 08:00 UTC
    expect(thankYouDue(met, R, 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 11, 8, 0));
    // late evening in New York is already the next day in UTC: the date counts in the user's zone
    const nyEvening = Date.UTC(2026, 2, 11, 2, 0); // 10 Mar 22:00 EDT
    expect(thankYouDue(nyEvening, R, 'America/New_York')).toBe(Date.UTC(2026, 2, 11, 13, 0));
  });
  it('follow-up after N months; off when disabled', () => {
    const met = Date.UTC(2026, 0, 15, 12, 0);
    expect(followUpDue(met, R, 'UTC')).toBe(Date.UTC(2026, 3, 15, 9, 0));
    expect(followUpDue(met, { ...R, followUp: { enabled: false, months: 3 } }, 'UTC')).toBeNull();
    expect(thankYouDue(met, { ...R, thankYou: { enabled: false, time: '09:00' } }, 'UTC')).toBeNull();
  });
  it('falls back to 09:00 and UTC on bad input', () => {
    const met = Date.UTC(2026, 0, 15, 12, 0);
    expect(thankYouDue(met, { ...R, thankYou: { enabled: true, time: 'soon' } }, 'Nowhere/City')).toBe(
      Date.UTC(2026, 0, 16, 9, 0),
    );
  });
});
