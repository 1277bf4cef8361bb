// CSV with Papa Parse, plus what exports add around it: LinkedIn's "Notes:" preamble before
// the header, and the spreadsheet-formula guard our own CSV export writes.
import Papa from 'papaparse';
import { ImportError } from './errors.ts';

export interface CsvTable {
  header: string[];
  /** Data rows; `line` is the 1-based record number in the file, for messages. */
  rows: { line: number; cells: string[] }[];
}

export function parseCsvRecords(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const quoting = result.errors.find((e) => e.type === 'Quotes');
  if (quoting) {
    const where = quoting.row !== undefined ? ` near record ${quoting.row + 1}` : '';
    throw new ImportError(
      'csv-quoting',
      `This CSV has a quote that is never closed${where}, so its rows cannot be told apart. Nothing was imported.`,
    );
  }
  return result.data;
}

/** Finds the header (the first record `isHeader` accepts, else the first with 2+ cells) and the rows after it. */
export function readCsv(text: string, isHeader?: (cells: string[]) => boolean): CsvTable {
  const records = parseCsvRecords(text);
  const accept = isHeader ?? ((cells: string[]) => cells.filter((c) => c.trim()).length >= 2);
  const at = records.findIndex((r) => accept(r.map((c) => c.trim())));
  if (at < 0) throw new ImportError('unknown-format', 'No header row was found in this CSV.');
  const header = records[at]!.map((c) => c.trim());
  const rows = records
    .slice(at + 1)
    .map((cells, i) => ({ line: at + i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim()));
  return { header, rows };
}

/** Column accessor by header name (case-insensitive); '' for a missing column. */
export function columns(header: string[]): (cells: string[], name: string) => string {
  const index = new Map(header.map((h, i) => [h.toLowerCase(), i]));
  // Callers ask for the same few names on every row: look each one up once.
  const byName = new Map<string, number | undefined>();
  return (cells, name) => {
    let i = byName.get(name);
    if (i === undefined && !byName.has(name)) {
      i = index.get(name.toLowerCase());
      byName.set(name, i);
    }
    return i === undefined ? '' : unguard(cells[i] ?? '').trim();
  };
}

/** Our CSV export prefixes cells that start like a formula with "'" (see export/csv.ts); undo it. */
export function unguard(cell: string): string {
  return cell.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
