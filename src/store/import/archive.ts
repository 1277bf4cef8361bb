// LinkedIn's "Get a copy of your data" arrives as a ZIP with dozens of files, sometimes in
// sub-folders. This picks the ones an import needs by name (any folder, any case), unpacks
// only those, and says which were used and which ignored.

import type { ImportInput } from './decode.ts';
import { ImportError } from './errors.ts';
import { checkSizes, isZip, listZip, readEntry, type ZipEntry } from './zip.ts';

/** What the import is for: the contacts list, or the user's own background (About you). */
export type ArchivePurpose = 'contacts' | 'profile';

export const CONTACT_FILES = ['connections.csv'];
export const PROFILE_FILES = ['profile.csv', 'positions.csv', 'education.csv', 'skills.csv'];

/** A ZIP may be larger than a text file: most of it is files we never unpack. */
export const MAX_ARCHIVE_BYTES = 200 * 1024 * 1024;

export interface ArchiveFiles {
  /** Paths inside the archive(s) that were read. */
  used: string[];
  ignored: string[];
}

const asBytes = (input: ImportInput): Uint8Array | null =>
  typeof input === 'string' ? null : input instanceof Uint8Array ? input : new Uint8Array(input);

/** The first file of each wanted name, in archive order (a second copy elsewhere is ignored). */
function pick(entries: ZipEntry[], names: string[]): ZipEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => names.includes(e.base) && !seen.has(e.base) && seen.add(e.base));
}

function choose(entries: ZipEntry[], purpose: ArchivePurpose): ZipEntry[] {
  if (purpose === 'profile') return pick(entries, PROFILE_FILES);
  // Import contacts: Connections.csv; an export without it may still be the user's own
  // profile, which the preview then points to About you.
  const connections = pick(entries, CONTACT_FILES);
  return connections.length ? connections : pick(entries, PROFILE_FILES);
}

function noUsableFile(purpose: ArchivePurpose, count: number): ImportError {
  const wanted =
    purpose === 'profile'
      ? 'Profile.csv, Positions.csv, Education.csv or Skills.csv'
      : 'Connections.csv (or, for About you, Profile.csv, Positions.csv, Education.csv or Skills.csv)';
  return new ImportError(
    'zip-empty',
    `This ZIP archive holds ${count === 1 ? 'one file' : `${count} files`} but none Coffee Chat reads: it looks for ${wanted}. Is it LinkedIn’s data export?`,
  );
}

/**
 * Replaces every ZIP among the inputs by the files it holds for this purpose. `files` is null
 * when no input was a ZIP. Throws ImportError for a hostile or useless archive.
 */
export async function unpackArchives(
  inputs: ImportInput[],
  purpose: ArchivePurpose,
): Promise<{ inputs: ImportInput[]; files: ArchiveFiles | null }> {
  if (!inputs.some((i) => isZipInput(i))) return { inputs, files: null };
  const out: ImportInput[] = [];
  const files: ArchiveFiles = { used: [], ignored: [] };
  for (const input of inputs) {
    const bytes = asBytes(input);
    if (!bytes || !isZip(bytes)) {
      out.push(input);
      continue;
    }
    if (bytes.length > MAX_ARCHIVE_BYTES) {
      const mb = (bytes.length / 1024 / 1024).toFixed(0);
      throw new ImportError('too-large', `This ZIP archive is ${mb} MB; archives are limited to 200 MB.`);
    }
    const entries = listZip(bytes);
    if (entries.some((e) => e.name === '[Content_Types].xml')) {
      // .xlsx, .docx and .ods files are ZIPs too.
      throw new ImportError(
        'binary',
        'This is a spreadsheet or office document, not a CSV. Save it as “CSV UTF-8” first, then choose that file.',
      );
    }
    const chosen = choose(entries, purpose);
    if (!chosen.length) throw noUsableFile(purpose, entries.length);
    checkSizes(chosen);
    for (const e of chosen) out.push(await readEntry(bytes, e));
    files.used.push(...chosen.map((e) => e.name));
    files.ignored.push(...entries.filter((e) => !chosen.includes(e)).map((e) => e.name));
  }
  return { inputs: out, files };
}

function isZipInput(input: ImportInput): boolean {
  const bytes = asBytes(input);
  return bytes !== null && isZip(bytes);
}
