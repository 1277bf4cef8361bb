// The one settings hook of every page: the page's copy of the settings, kept in step with the
// store. The options page edits it through `edit`; the popup only reads it. The
// whole record is saved (validated by the store) a moment after the last keystroke, so typing
// never waits on IndexedDB. Changes written elsewhere (another tab, an import, a restore)
// arrive through the store's broadcast and replace the copy, unless the user is mid-edit:
// then our own save, which follows shortly, wins.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { defaultSettings, type Settings } from '../domain/settings.ts';
import { getSettings, onStoreChange, SETTINGS_KEY, type StoreChange, saveSettings } from '../store/index.ts';
import type { SaveState } from './SaveStatus.tsx';

export type { SaveState };

export type LoadState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; settings: Settings };

export interface SettingsApi {
  load: LoadState;
  save: SaveState;
  edit(change: (s: Settings) => Settings): void;
  /** Writes a pending edit now (before an import that also writes the settings). */
  flush(): Promise<void>;
  /** Drops a pending edit (before deleting everything). */
  discard(): void;
  reload(): Promise<void>;
}

export const SAVE_DELAY_MS = 400;

/** The settings once loaded; defaults until then (or after a failed read), so drafts still render. */
export function settingsOrDefaults(load: LoadState): Settings {
  if (load.status === 'ready') return load.settings;
  // One defaults object per page, so effects that depend on the settings do not rerun each render.
  defaults ??= defaultSettings(Intl.DateTimeFormat().resolvedOptions().timeZone);
  return defaults;
}
let defaults: Settings | null = null;

export function touchesSettings(changes: StoreChange[]): boolean {
  return changes.some((c) => c.store === 'kv' && (c.ids === 'all' || c.ids.includes(SETTINGS_KEY)));
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useSettings(): SettingsApi {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const current = useRef<Settings | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef(0);
  // What we last wrote (or read): our own write's broadcast is recognised and ignored.
  const known = useRef('');

  const show = useCallback((s: Settings) => {
    current.current = s;
    known.current = JSON.stringify(s);
    setLoad({ status: 'ready', settings: s });
  }, []);

  const reload = useCallback(async () => {
    try {
      const fresh = await getSettings();
      if (JSON.stringify(fresh) !== known.current) show(fresh);
      else if (!current.current) show(fresh);
    } catch (e) {
      if (!current.current) setLoad({ status: 'error', message: `Could not read your settings: ${message(e)}` });
    }
  }, [show]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const draft = current.current;
    if (!draft || JSON.stringify(draft) === known.current) return;
    saving.current++;
    setSave({ status: 'saving' });
    try {
      const clean = await saveSettings(draft);
      known.current = JSON.stringify(clean);
      if (current.current === draft && !timer.current) setSave({ status: 'saved' });
    } catch (e) {
      setSave({ status: 'error', message: `Not saved: ${message(e)}` });
    } finally {
      saving.current--;
    }
  }, []);

  const edit = useCallback(
    (change: (s: Settings) => Settings) => {
      const base = current.current;
      if (!base) return;
      const next = change(base);
      current.current = next;
      setLoad({ status: 'ready', settings: next });
      setSave({ status: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  const discard = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    known.current = '';
    setSave({ status: 'idle' });
  }, []);

  useEffect(() => {
    const ac = new AbortController();
    void reload();
    onStoreChange((changes) => {
      if (!touchesSettings(changes) || timer.current || saving.current) return;
      void reload();
    }, ac.signal);
    // Closing the tab right after typing: write what is pending rather than lose it.
    window.addEventListener('pagehide', () => void flush(), { signal: ac.signal });
    document.addEventListener('visibilitychange', () => document.hidden && void flush(), { signal: ac.signal });
    return () => ac.abort();
  }, [reload, flush]);

  return { load, save, edit, flush, discard, reload };
}
