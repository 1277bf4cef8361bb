// The shapes of an import: rows read from a file, the preview the user confirms, the report.
import type { UserProfile } from '../../domain/settings.ts';
import type { BackupData } from '../export/backup-format.ts';
import type { ArchiveFiles } from './archive.ts';
import type { Skipped } from './errors.ts';

export type ImportKind = 'linkedin-connections' | 'linkedin-profile' | 'json-backup' | 'vcard' | 'csv';

/** One person as read from a file, already normalised (profile URL, email). */
export interface ImportRow {
  /** Record number in the file (1-based, header included) so messages can point at it. */
  row: number;
  name: string | null;
  email: string | null;
  profileUrl: string | null;
  company: string | null;
  title: string | null;
  location: string | null;
  tags: string[];
  notes: string;
  /** "YYYY-MM-DD" when the file says when they connected. */
  connectedOn: string | null;
}

// Defined beside ImportError so the backup reader can use it without importing this file.
export type { Skipped };

export interface ImportPreview {
  kind: ImportKind;
  /** Data rows read from the file (people, or backup records). */
  rows: number;
  toAdd: ImportRow[];
  toUpdate: { row: ImportRow; contactId: string; changes: string[] }[];
  /** Already known with nothing new to add. */
  unchanged: { row: ImportRow; contactId: string }[];
  skipped: Skipped[];
  /** The part of `skipped` refused while reading the file (the rest depends on the store, and is re-checked on commit). */
  fileSkipped: Skipped[];
  /** Every person read from the file; the commit plans from these again, against the store as it is then. */
  readRows: ImportRow[];
  /**
   * True when the preview planned against an empty store. A plan depends only on the rows and
   * the contacts already stored, so a commit that still finds the store empty adds `toAdd` as it
   * is instead of planning again (a first import of 30,000 rows).
   */
  plannedAgainstEmpty?: boolean;
  /** json-backup: the validated records to restore. */
  backup?: BackupData;
  /** linkedin-profile: the user's own background, for the settings. */
  profile?: Partial<UserProfile>;
  /** When a ZIP was chosen: the files in it that were read, and the ones left alone. */
  files?: ArchiveFiles;
}

export interface ImportReport {
  kind: ImportKind;
  added: number;
  updated: number;
  unchanged: number;
  skipped: Skipped[];
  /** Contacts created or updated, to show or select afterwards. */
  contactIds: string[];
  /** linkedin-profile: which settings.user fields were filled. */
  profileFields?: (keyof UserProfile)[];
}
