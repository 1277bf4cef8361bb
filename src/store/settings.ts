// Settings live in the kv store under one key, and are always read through parseSettings,
// so a record written by an older version or damaged on disk still yields valid settings.

import type { Settings } from '../domain/settings.ts';
import { parseSettings } from '../domain/settings-parse.ts';
import { rememberClock } from '../lib/date-style.ts';
import type { DB } from './schema.ts';
import { type TxWith, write } from './write.ts';

export const SETTINGS_KEY = 'settings';

function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export async function getSettings(db: DB): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await db.get('kv', SETTINGS_KEY);
  } catch {
    raw = undefined; // an unreadable record must not keep the options page from opening
  }
  const settings = parseSettings(raw, localTimeZone());
  rememberClock(settings.clock);
  return settings;
}

/** The settings as a write transaction of the caller's sees them (a user action that depends on them). */
export async function settingsIn(tx: TxWith<'kv'>): Promise<Settings> {
  return parseSettings(await tx.objectStore('kv').get(SETTINGS_KEY), localTimeZone());
}

/** Validates before storing, so what is stored is always what getSettings would return. */
export async function saveSettings(db: DB, settings: Settings): Promise<Settings> {
  const clean = parseSettings(settings, localTimeZone());
  await write(db, ['kv'], async (tx, log) => {
    await tx.objectStore('kv').put(clean, SETTINGS_KEY);
    log.add('kv', SETTINGS_KEY);
  });
  rememberClock(clean.clock);
  return clean;
}
