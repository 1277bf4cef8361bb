// The JSON backup: every record of every store, as stored, so a restore is exact.
// `version` is the backup format; `schemaVersion` the database version that wrote it.

import type { Activity, CaptureSnapshot, Contact, Interview, Referral, Reminder } from '../../domain/contact.ts';
import {
  parseActivity,
  parseContact,
  parseInterview,
  parseReferral,
  parseReminder,
  parseSnapshot,
} from '../../domain/contact-parse.ts';
import type { CarriedQuestion } from '../../domain/learning.ts';
import { parseCarriedQuestion } from '../../domain/learning-parse.ts';
import type { Settings } from '../../domain/settings.ts';
import { parseSettings } from '../../domain/settings-parse.ts';
import { isObj } from '../../domain/validate.ts';
import { ImportError, type Skipped } from '../import/errors.ts';

export const BACKUP_FORMAT = 'coffee-chat-backup';
export const BACKUP_VERSION = 1;

export interface BackupStores {
  contacts: Contact[];
  captures: CaptureSnapshot[];
  interviews: Interview[];
  referrals: Referral[];
  reminders: Reminder[];
  activity: Activity[];
  /** Carried-forward questions (schema v3); an older backup has none. */
  carried: CarriedQuestion[];
}

export interface BackupData {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  schemaVersion: number;
  exportedAt: number;
  stores: BackupStores;
  settings: Settings | null;
  /** Other small keyed values (e.g. the popup's per-person drafts); each owner validates its own on read. */
  kv: { key: string; value: unknown }[];
}

const PARSERS: { [K in keyof BackupStores]: (v: unknown) => BackupStores[K][number] } = {
  contacts: parseContact,
  captures: parseSnapshot,
  interviews: parseInterview,
  referrals: parseReferral,
  reminders: parseReminder,
  activity: parseActivity,
  carried: parseCarriedQuestion,
};

/** Validates a parsed backup; bad records are skipped with their position and reason. */
export function readBackup(json: unknown): { data: BackupData; skipped: Skipped[]; count: number } {
  if (!isObj(json) || json.format !== BACKUP_FORMAT) {
    throw new ImportError('bad-backup', 'This JSON file is not a Coffee Chat backup.');
  }
  if (typeof json.version !== 'number' || json.version > BACKUP_VERSION) {
    throw new ImportError(
      'bad-backup',
      'This backup was made by a newer version of Coffee Chat. Update the extension, then import it again.',
    );
  }
  const src = isObj(json.stores) ? json.stores : {};
  const skipped: Skipped[] = [];
  let count = 0;
  const stores = {} as BackupStores;
  for (const name of Object.keys(PARSERS) as (keyof BackupStores)[]) {
    const list = Array.isArray(src[name]) ? (src[name] as unknown[]) : [];
    const parse = PARSERS[name] as (v: unknown) => never;
    const out: unknown[] = [];
    list.forEach((v, i) => {
      count++;
      try {
        out.push(parse(v));
      } catch (e) {
        skipped.push({ row: count, reason: `${name}[${i}]: ${(e as Error).message}` });
      }
    });
    (stores as unknown as Record<string, unknown[]>)[name] = out;
  }
  const settings = json.settings == null ? null : parseSettings(json.settings);
  const kv = (Array.isArray(json.kv) ? json.kv : []).filter(
    (e): e is { key: string; value: unknown } =>
      isObj(e) && typeof e.key === 'string' && e.key !== 'settings' && 'value' in e,
  );
  return {
    data: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: typeof json.schemaVersion === 'number' ? json.schemaVersion : 1,
      exportedAt: typeof json.exportedAt === 'number' ? json.exportedAt : 0,
      stores,
      settings,
      kv,
    },
    skipped,
    count,
  };
}
