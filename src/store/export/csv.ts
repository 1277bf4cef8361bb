// Contacts as CSV for spreadsheets. Cells that begin like a formula get a leading "'" so a
// spreadsheet shows them instead of running them (CSV injection, OWASP); our CSV import removes it.
import Papa from 'papaparse';
import { type Contact, displayValue, STAGE_LABELS } from '../../domain/contact.ts';

export const CSV_COLUMNS = [
  'Name',
  'Email',
  'Profile URL',
  'Company',
  'Title',
  'Location',
  'Stage',
  'Tags',
  'Notes',
  'Created',
  'Updated',
] as const;

function guard(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function contactsToCsv(contacts: Contact[]): string {
  const rows = contacts.map((c) =>
    [
      displayValue(c, 'name') ?? '',
      c.email ?? '',
      c.profileUrl ?? '',
      displayValue(c, 'company') ?? '',
      displayValue(c, 'title') ?? '',
      displayValue(c, 'location') ?? '',
      STAGE_LABELS[c.stage],
      c.tags.join('; '),
      c.notes,
      day(c.createdAt),
      day(c.updatedAt),
    ].map(guard),
  );
  // CRLF as RFC 4180 says; Excel and Numbers read both.
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' }) + '\r\n';
}
