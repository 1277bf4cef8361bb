import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../domain/settings.ts';
import { getSettings, SETTINGS_KEY, saveSettings } from './settings.ts';
import { freshDb } from './test-util.ts';

describe('settings', () => {
  it('gives defaults on an empty store and round-trips a save', async () => {
    const db = await freshDb();
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(await getSettings(db)).toEqual(defaultSettings(tz));
    const s = defaultSettings('Europe/Oslo');
    s.user.goals = 'Move into climate tech';
    await saveSettings(db, s);
    expect(await getSettings(db)).toEqual(s);
  });

  it('never throws on an old or damaged record', async () => {
    const db = await freshDb();
    await db.put('kv', { version: 0, user: 'corrupt', availability: { timeZone: 'Europe/Oslo' } }, SETTINGS_KEY);
    const s = await getSettings(db);
    expect(s.version).toBe(1);
    expect(s.availability.timeZone).toBe('Europe/Oslo');
    expect(s.user.name).toBe('');
    expect(s.availability.windows).toHaveLength(5);
  });

  it('cleans what it saves', async () => {
    const db = await freshDb();
    const s = defaultSettings('UTC');
    const bad = { ...s, availability: { ...s.availability, meetingMinutes: Number.NaN } };
    const saved = await saveSettings(db, bad);
    expect(saved.availability.meetingMinutes).toBe(20);
    expect(await db.get('kv', SETTINGS_KEY)).toEqual(saved);
  });

  it('reads a record from before the Premium setting as a free account, and keeps the choice once saved', async () => {
    const db = await freshDb();
    const { linkedInPremium: _none, ...older } = defaultSettings('Europe/Oslo');
    await db.put('kv', { ...older, user: { ...older.user, name: 'Ines Harrowgate' } }, SETTINGS_KEY);
    const s = await getSettings(db);
    expect(s.linkedInPremium).toBe(false);
    expect(s.user.name).toBe('Ines Harrowgate');
    await saveSettings(db, { ...s, linkedInPremium: true });
    expect((await getSettings(db)).linkedInPremium).toBe(true);
    // Only true means Premium: anything else stored there keeps the stricter limit.
    await db.put('kv', { ...older, linkedInPremium: 'yes' }, SETTINGS_KEY);
    expect((await getSettings(db)).linkedInPremium).toBe(false);
  });
});
