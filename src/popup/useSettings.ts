import { useEffect, useState } from 'preact/hooks';
import { defaultSettings, type Settings } from '../domain/settings.ts';
import { openDb } from '../store/db.ts';
import { getSettings } from '../store/settings.ts';

/** The user's settings; defaults until loaded (drafts still render, with placeholders). */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(() =>
    defaultSettings(Intl.DateTimeFormat().resolvedOptions().timeZone),
  );
  useEffect(() => {
    openDb()
      .then(getSettings)
      .then(setSettings, () => undefined);
  }, []);
  return settings;
}
