// @vitest-environment happy-dom
import { act, cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../store/db.ts';
import { getSettings, saveSettings } from '../store/settings.ts';
import { type SettingsApi, useSettings } from './use-settings.ts';

let api: SettingsApi;
function Harness() {
  api = useSettings();
  return <p>{api.load.status === 'ready' ? api.load.settings.user.name : api.load.status}</p>;
}

const nameOf = (a: SettingsApi) => (a.load.status === 'ready' ? a.load.settings.user.name : null);

afterEach(cleanup);

describe('useSettings', () => {
  it('shows edits at once and saves them a moment later, validated by the store', async () => {
    render(<Harness />);
    await waitFor(() => expect(api.load.status).toBe('ready'));
    act(() => api.edit((s) => ({ ...s, user: { ...s.user, name: 'Ada Sample' } })));
    expect(nameOf(api)).toBe('Ada Sample');
    expect(api.save.status).toBe('pending');
    await waitFor(() => expect(api.save.status).toBe('saved'));
    expect((await getSettings(await openDb())).user.name).toBe('Ada Sample');
  });

  it('flush writes a pending edit immediately', async () => {
    render(<Harness />);
    await waitFor(() => expect(api.load.status).toBe('ready'));
    act(() => api.edit((s) => ({ ...s, user: { ...s.user, pitch: 'Curious about soil sensors.' } })));
    await act(() => api.flush());
    expect((await getSettings(await openDb())).user.pitch).toBe('Curious about soil sensors.');
  });

  it('re-reads when another page writes the settings', async () => {
    render(<Harness />);
    await waitFor(() => expect(api.load.status).toBe('ready'));
    const db = await openDb();
    const s = await getSettings(db);
    await saveSettings(db, { ...s, user: { ...s.user, name: 'From Elsewhere' } });
    await waitFor(() => expect(nameOf(api)).toBe('From Elsewhere'));
  });

  it('discard drops a pending edit so it is never written', async () => {
    render(<Harness />);
    await waitFor(() => expect(api.load.status).toBe('ready'));
    const before = (await getSettings(await openDb())).user.goals;
    act(() => api.edit((s) => ({ ...s, user: { ...s.user, goals: 'never saved' } })));
    act(() => api.discard());
    await new Promise((r) => setTimeout(r, 600));
    expect((await getSettings(await openDb())).user.goals).toBe(before);
  });
});
