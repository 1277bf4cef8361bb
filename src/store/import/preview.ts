// Step one of an import: read and check the file, and say what committing would do.
// Nothing is written here; a malformed file throws ImportError before any row is planned.

import { allContacts } from '../contacts.ts';
import { readBackup } from '../export/backup-format.ts';
import type { DB } from '../schema.ts';
import { unpackArchives } from './archive.ts';
import { planBackup, rowOf } from './backup-restore.ts';
import { decodeInput, type ImportInput } from './decode.ts';
import { detectKind } from './detect.ts';
import { ImportError } from './errors.ts';
import { type CsvMapping, readGenericCsv } from './generic-csv.ts';
import { readConnections } from './linkedin-connections.ts';
import { readOwnExport } from './linkedin-self.ts';
import { plan } from './plan.ts';
import type { ImportKind, ImportPreview, ImportRow, Skipped } from './types.ts';
import { readVcards } from './vcard.ts';

export interface PreviewOptions {
  /** Skip detection (the user chose the format). */
  kind?: ImportKind;
  /** Generic CSV: which column holds what; guessed from the header when absent. */
  mapping?: CsvMapping;
  now?: number;
}

function readRows(
  text: string,
  kind: ImportKind,
  mapping?: CsvMapping,
): { rows: ImportRow[]; skipped: Skipped[]; count: number } {
  if (kind === 'linkedin-connections') return readConnections(text);
  if (kind === 'vcard') return readVcards(text);
  return readGenericCsv(text, mapping);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ImportError('bad-json', `This backup file is damaged (${(e as Error).message}). Nothing was imported.`);
  }
}

export async function previewImport(
  db: DB,
  input: ImportInput | ImportInput[],
  opts: PreviewOptions = {},
): Promise<ImportPreview> {
  const unpacked = await unpackArchives(
    Array.isArray(input) ? input : [input],
    opts.kind === 'linkedin-profile' ? 'profile' : 'contacts',
  );
  const files = unpacked.files ? { files: unpacked.files } : {};
  const texts = unpacked.inputs.map(decodeInput);
  const kind = opts.kind ?? detectKind(texts[0] ?? '');
  const now = opts.now ?? Date.now();
  if (kind === 'linkedin-profile') {
    return {
      ...files,
      kind,
      rows: texts.length,
      toAdd: [],
      toUpdate: [],
      unchanged: [],
      skipped: [],
      fileSkipped: [],
      readRows: [],
      profile: readOwnExport(texts),
    };
  }
  if (texts.length !== 1)
    throw new ImportError('unknown-format', 'Import one file at a time (several only for your own LinkedIn export).');
  const text = texts[0]!;
  const existing = await allContacts(db);
  if (kind === 'json-backup') {
    const { data, skipped, count } = readBackup(parseJson(text));
    const p = planBackup(data, existing);
    return {
      ...files,
      kind,
      rows: count,
      backup: data,
      skipped: [...skipped, ...p.skipped],
      fileSkipped: skipped,
      readRows: [],
      toAdd: p.add.map((c, i) => rowOf(c, i + 1)),
      toUpdate: p.update.map((c, i) => ({
        row: rowOf(c, i + 1),
        contactId: c.id,
        changes: ['Replaced by the backup copy'],
      })),
      unchanged: p.unchanged.map((c, i) => ({ row: rowOf(c, i + 1), contactId: c.id })),
    };
  }
  const read = readRows(text, kind, opts.mapping);
  if (read.count === 0) throw new ImportError('no-rows', 'This file has a header but no people in it.');
  const p = plan(read.rows, existing, now);
  return {
    ...files,
    kind,
    rows: read.count,
    toAdd: p.add.map((a) => a.row),
    toUpdate: p.update.map((u) => ({ row: u.row, contactId: u.contact.id, changes: u.changes })),
    unchanged: p.unchanged,
    skipped: [...read.skipped, ...p.skipped].sort((a, b) => a.row - b.row),
    fileSkipped: read.skipped,
    readRows: read.rows,
    ...(existing.length === 0 ? { plannedAgainstEmpty: true } : {}),
  };
}
