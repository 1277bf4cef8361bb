import { describe, expect, it } from 'vitest';
import { defaultSettings } from './settings.ts';
import { parseSettings } from './settings-parse.ts';

describe('parseSettings', () => {
  it('returns defaults for nothing, garbage and wrong types', () => {
    for (const v of [undefined, null, 42, 'x', [], { user: 7, availability: 'no', reminders: null }]) {
      expect(parseSettings(v, 'Europe/Berlin')).toEqual(defaultSettings('Europe/Berlin'));
    }
  });

  it('keeps valid parts and replaces only the damaged ones', () => {
    const good = defaultSettings('Asia/Tokyo');
    good.user.name = 'Wren Calloway';
    good.templates.coldEmail = { subject: 'Hi', body: 'Hello {{name}}' };
    const damaged = {
      ...good,
      user: { ...good.user, email: 12 },
      availability: {
        timeZone: 'Mars/Olympus',
        meetingMinutes: -5,
        windows: [
          { day: 2, start: '09:00', end: '10:30' },
          { day: 9, start: '09:00', end: '10:00' },
          { day: 3, start: '11:00', end: '10:00' },
          'x',
        ],
      },
      templates: { ...good.templates, thankYou: { subject: 3 } },
      reminders: { thankYou: { enabled: false, time: '25:00' }, followUp: { months: 0 } },
    };
    const s = parseSettings(damaged, 'UTC');
    expect(s.user.name).toBe('Wren Calloway');
    expect(s.user.email).toBe('');
    expect(s.availability.timeZone).toBe('UTC');
    expect(s.availability.meetingMinutes).toBe(20);
    expect(s.availability.windows).toEqual([{ day: 2, start: '09:00', end: '10:30' }]);
    expect(s.templates).toEqual({ coldEmail: { subject: 'Hi', body: 'Hello {{name}}' } });
    expect(s.reminders).toEqual({
      thankYou: { enabled: false, time: '09:00' },
      followUp: { enabled: true, months: 3 },
      noReply: { enabled: true, days: 7 },
    });
  });

  it('returns valid settings unchanged', () => {
    const s = defaultSettings('America/Sao_Paulo');
    s.availability.windows = [];
    s.reminders.followUp.months = 6;
    expect(parseSettings(structuredClone(s))).toEqual(s);
  });
});

describe('languages and the clock', () => {
  it('loads a record from before templates had languages, keeping the English ones the user wrote', () => {
    const old = { version: 1, user: { name: 'Wren' }, templates: { coldEmail: { subject: 'Hi', body: 'Hello' } } };
    const s = parseSettings(old, 'UTC');
    expect(s.templates).toEqual({ coldEmail: { subject: 'Hi', body: 'Hello' } });
    expect(s.templatesIn).toEqual({});
    expect(s.draftLanguage).toBe('en');
    expect(s.clock).toBe('auto');
  });

  it('keeps valid templates per language and drops anything else', () => {
    const s = parseSettings(
      {
        templatesIn: {
          fr: { thankYou: { subject: 'Merci', body: 'Merci beaucoup' }, followUp: { subject: 1 } },
          de: 'nope',
          en: { coldEmail: { subject: 'x', body: 'y' } },
          xx: { coldEmail: { subject: 'x', body: 'y' } },
          es: {},
        },
        draftLanguage: 'es',
        clock: '24h',
      },
      'UTC',
    );
    expect(s.templatesIn).toEqual({ fr: { thankYou: { subject: 'Merci', body: 'Merci beaucoup' } } });
    expect(s.draftLanguage).toBe('es');
    expect(s.clock).toBe('24h');
  });

  it.each([['it'], [7], [null], [{}]])('replaces an unknown language or clock (%j) by the default', (bad) => {
    const s = parseSettings({ draftLanguage: bad, clock: bad, templatesIn: bad }, 'UTC');
    expect([s.draftLanguage, s.clock, s.templatesIn]).toEqual(['en', 'auto', {}]);
  });
});
