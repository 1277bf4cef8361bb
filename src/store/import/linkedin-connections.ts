// LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data).
// Header: First Name, Last Name, URL, Email Address, Company, Position, Connected On,
// after a "Notes:" preamble in exports since 2020.
import { columns, readCsv } from './csv.ts';
import { ImportError } from './errors.ts';
import { emptyReason, makeRow } from './rows.ts';
import type { ImportRow, Skipped } from './types.ts';

export function isConnectionsHeader(cells: string[]): boolean {
  const lower = cells.map((c) => c.toLowerCase());
  return lower.includes('first name') && lower.includes('url') && lower.includes('connected on');
}

export function readConnections(text: string): { rows: ImportRow[]; skipped: Skipped[]; count: number } {
  const table = readCsv(text, isConnectionsHeader);
  if (!isConnectionsHeader(table.header)) {
    throw new ImportError(
      'missing-columns',
      'This does not look like LinkedIn\'s Connections.csv (no "First Name", "URL" and "Connected On" columns).',
    );
  }
  const col = columns(table.header);
  const rows: ImportRow[] = [];
  const skipped: Skipped[] = [];
  for (const { line, cells } of table.rows) {
    if (cells.length !== table.header.length) {
      skipped.push({ row: line, reason: `Expected ${table.header.length} columns, found ${cells.length}` });
      continue;
    }
    const name = `${col(cells, 'First Name')} ${col(cells, 'Last Name')}`;
    const row = makeRow(line, {
      name,
      url: col(cells, 'URL'),
      email: col(cells, 'Email Address'),
      company: col(cells, 'Company'),
      title: col(cells, 'Position'),
      connectedOn: col(cells, 'Connected On'),
    });
    const why = emptyReason(row);
    if (why) skipped.push({ row: line, reason: why });
    else if (col(cells, 'URL') && !row.profileUrl)
      skipped.push({ row: line, reason: `Not a web address: ${col(cells, 'URL')}` });
    else rows.push(row);
  }
  return { rows, skipped, count: table.rows.length };
}
