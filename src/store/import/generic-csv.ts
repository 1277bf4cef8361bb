// Any CSV of people, with a column mapping the user confirms (guessMapping pre-fills it).
import { columns, readCsv } from './csv.ts';
import { ImportError } from './errors.ts';
import { emptyReason, makeRow } from './rows.ts';
import type { ImportRow, Skipped } from './types.ts';

export const MAPPABLE = [
  'name',
  'firstName',
  'lastName',
  'email',
  'profileUrl',
  'company',
  'title',
  'location',
  'tags',
  'notes',
  'connectedOn',
] as const;
export type MappedField = (typeof MAPPABLE)[number];
/** Field → the header of the column holding it. */
export type CsvMapping = Partial<Record<MappedField, string>>;

const GUESSES: Record<MappedField, RegExp> = {
  name: /^(full ?name|name|display ?name|contact)$/i,
  firstName: /^(first ?name|given ?name|first)$/i,
  lastName: /^(last ?name|surname|family ?name|last)$/i,
  email: /^(e-?mail( address)?( 1 - value)?|email ?1)$/i,
  profileUrl: /^(url|profile( url)?|linkedin( url| profile)?|website|web ?page)$/i,
  company: /^(company|organi[sz]ation( 1 - name| name)?|employer|org)$/i,
  title: /^(title|job ?title|position|role|organi[sz]ation 1 - title)$/i,
  location: /^(location|city|address)$/i,
  tags: /^(tags?|labels?|groups?|categories)$/i,
  notes: /^(notes?|comments?|description)$/i,
  connectedOn: /^(connected on|date|added)$/i,
};

export function guessMapping(header: string[]): CsvMapping {
  const out: CsvMapping = {};
  for (const field of MAPPABLE) {
    const h = header.find((x) => GUESSES[field].test(x.trim()));
    if (h) out[field] = h;
  }
  return out;
}

export function csvHeader(text: string): string[] {
  return readCsv(text).header;
}

export function readGenericCsv(
  text: string,
  mapping?: CsvMapping,
): { rows: ImportRow[]; skipped: Skipped[]; count: number } {
  const table = readCsv(text);
  const map = mapping ?? guessMapping(table.header);
  if (!map.name && !map.firstName && !map.lastName && !map.email && !map.profileUrl) {
    throw new ImportError(
      'missing-columns',
      `No column for names, emails or profile URLs was found (columns: ${table.header.join(', ')}). Choose which column holds what.`,
    );
  }
  const col = columns(table.header);
  const get = (cells: string[], f: MappedField) => (map[f] ? col(cells, map[f]) : '');
  const rows: ImportRow[] = [];
  const skipped: Skipped[] = [];
  for (const { line, cells } of table.rows) {
    const name = get(cells, 'name') || `${get(cells, 'firstName')} ${get(cells, 'lastName')}`;
    const row = makeRow(line, {
      name,
      email: get(cells, 'email'),
      url: get(cells, 'profileUrl'),
      company: get(cells, 'company'),
      title: get(cells, 'title'),
      location: get(cells, 'location'),
      notes: get(cells, 'notes'),
      tags: get(cells, 'tags').split(/[;,|]/),
      connectedOn: get(cells, 'connectedOn'),
    });
    const why = emptyReason(row);
    if (why) skipped.push({ row: line, reason: why });
    else rows.push(row);
  }
  return { rows, skipped, count: table.rows.length };
}
