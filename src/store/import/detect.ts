// Which kind of file is this? Decided from the content, not the file name, because
// downloads get renamed ("Connections (1).csv").
import { parseCsvRecords } from './csv.ts';
import { ImportError } from './errors.ts';
import { isConnectionsHeader } from './linkedin-connections.ts';
import { ownExportFileOf } from './linkedin-self.ts';
import type { ImportKind } from './types.ts';

export function detectKind(text: string): ImportKind {
  const start = text.trimStart();
  if (!start) throw new ImportError('no-rows', 'This file is empty.');
  if (start.startsWith('{') || start.startsWith('[')) return 'json-backup';
  if (/^BEGIN:VCARD/im.test(start.slice(0, 4096))) return 'vcard';
  // Look at the first records only: the header sits within the first few lines.
  const head = start.split(/\r?\n/).slice(0, 12).join('\n');
  let records: string[][];
  try {
    records = parseCsvRecords(head);
  } catch {
    records = []; // an unbalanced quote this early is reported by the full parse
  }
  const trimmed = records.map((r) => r.map((c) => c.trim()));
  if (trimmed.some(isConnectionsHeader)) return 'linkedin-connections';
  if (trimmed.slice(0, 1).some((r) => ownExportFileOf(r) !== null)) return 'linkedin-profile';
  if (trimmed.some((r) => r.length >= 2) || start.includes(',')) return 'csv';
  throw new ImportError(
    'unknown-format',
    'This file is not one Coffee Chat can read: choose a CSV, a vCard (.vcf) or a Coffee Chat backup (.json).',
  );
}
