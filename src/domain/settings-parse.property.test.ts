// Property-based: settings come from storage or a backup file, possibly damaged. parseSettings
// never throws, always yields usable settings, and is stable (parsing its own output, or that
// output after a JSON backup round trip, changes nothing).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, MESSAGE_KINDS } from './settings.ts';
import { parseSettings } from './settings-parse.ts';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const anyValue = fc.anything({
  maxDepth: 3,
  withBoxedValues: true,
  withMap: true,
  withDate: true,
  withNullPrototype: true,
  withSparseArray: true,
});
const zone = fc.oneof(
  fc.constantFrom('UTC', 'Europe/Lisbon', 'Asia/Kolkata', 'America/St_Johns', 'Mars/Olympus', '', 'utc', '+05:30'),
  fc.string({ maxLength: 12 }),
);
const hhmm = fc.oneof(
  fc.constantFrom('00:00', '09:00', '12:30', '23:59', '24:00', '9:00', '12:60', ''),
  fc.string({ maxLength: 5 }),
);
const damaged = fc.record(
  {
    version: anyValue,
    user: fc.oneof(
      fc.dictionary(
        fc.constantFrom('name', 'email', 'position', 'background', 'field', 'goals', 'pitch', 'signature', '__proto__'),
        fc.oneof(fc.string(), anyValue),
      ),
      anyValue,
    ),
    availability: fc.oneof(
      fc.record(
        {
          timeZone: fc.oneof(zone, anyValue),
          meetingMinutes: fc.oneof(fc.double(), fc.integer({ min: -10, max: 600 }), anyValue),
          windows: fc.oneof(
            fc.array(
              fc.oneof(
                fc.record(
                  { day: fc.oneof(fc.integer({ min: -1, max: 8 }), fc.double(), anyValue), start: hhmm, end: hhmm },
                  { requiredKeys: [] },
                ),
                anyValue,
              ),
              { maxLength: 6 },
            ),
            anyValue,
          ),
        },
        { requiredKeys: [] },
      ),
      anyValue,
    ),
    templates: fc.oneof(
      fc.dictionary(
        fc.constantFrom(...MESSAGE_KINDS, 'other'),
        fc.oneof(
          fc.record(
            { subject: fc.oneof(fc.string(), anyValue), body: fc.oneof(fc.string(), anyValue) },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
      ),
      anyValue,
    ),
    reminders: fc.oneof(
      fc.record(
        {
          thankYou: fc.oneof(
            fc.record({ enabled: fc.oneof(fc.boolean(), anyValue), time: hhmm }, { requiredKeys: [] }),
            anyValue,
          ),
          followUp: fc.oneof(
            fc.record(
              {
                enabled: fc.oneof(fc.boolean(), anyValue),
                months: fc.oneof(fc.integer({ min: -2, max: 30 }), fc.double(), anyValue),
              },
              { requiredKeys: [] },
            ),
            anyValue,
          ),
        },
        { requiredKeys: [] },
      ),
      anyValue,
    ),
  },
  { requiredKeys: [] },
);

describe('parseSettings (properties)', () => {
  it('never throws, and always returns usable settings', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, damaged), fc.constantFrom('UTC', 'Europe/Lisbon', 'Pacific/Chatham'), (v, tz) => {
        const s = parseSettings(v, tz);
        expect(s.version).toBe(1);
        expect(() => new Intl.DateTimeFormat('en', { timeZone: s.availability.timeZone })).not.toThrow();
        expect(Number.isInteger(s.availability.meetingMinutes)).toBe(true);
        expect(s.availability.meetingMinutes).toBeGreaterThanOrEqual(5);
        expect(s.availability.meetingMinutes).toBeLessThanOrEqual(480);
        for (const w of s.availability.windows) {
          expect(Number.isInteger(w.day) && w.day >= 0 && w.day <= 6).toBe(true);
          expect(HHMM.test(w.start) && HHMM.test(w.end) && w.start < w.end).toBe(true);
        }
        expect(HHMM.test(s.reminders.thankYou.time)).toBe(true);
        expect(Number.isInteger(s.reminders.followUp.months)).toBe(true);
        for (const k of Object.keys(s.user)) expect(typeof s.user[k as keyof typeof s.user]).toBe('string');
        for (const t of Object.values(s.templates))
          expect(typeof t.subject === 'string' && typeof t.body === 'string').toBe(true);
        // Stable: its own output, and that output after a JSON backup, parse to the same settings.
        expect(parseSettings(s, tz)).toEqual(s);
        expect(parseSettings(JSON.parse(JSON.stringify(s)), tz)).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws whatever time zone the browser reports', () => {
    fc.assert(
      fc.property(anyValue, fc.oneof(zone, fc.string()), (v, tz) => {
        expect(() => parseSettings(v, tz)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('keeps valid settings exactly', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 5, max: 480 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 24 }),
        (name, minutes, enabled, months) => {
          const s = defaultSettings('Europe/Lisbon');
          s.user.name = name;
          s.availability.meetingMinutes = minutes;
          s.reminders.followUp = { enabled, months };
          s.templates.coldEmail = { subject: name, body: `Hi {{name}}, ${name}` };
          expect(parseSettings(s, 'UTC')).toEqual(s);
        },
      ),
      { numRuns: 100 },
    );
  });
});
