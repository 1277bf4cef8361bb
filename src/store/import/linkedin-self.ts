// The user's own LinkedIn export: Profile.csv, Positions.csv, Education.csv, Skills.csv.
// It fills the user's background in the settings (used by the drafts), never a contact.
import type { UserProfile } from '../../domain/settings.ts';
import { columns, readCsv } from './csv.ts';
import { ImportError } from './errors.ts';

export type OwnExportFile = 'profile' | 'positions' | 'education' | 'skills';

export function ownExportFileOf(header: string[]): OwnExportFile | null {
  const h = new Set(header.map((x) => x.toLowerCase()));
  if (h.has('first name') && h.has('headline')) return 'profile';
  if (h.has('company name') && h.has('title') && h.has('started on')) return 'positions';
  if (h.has('school name')) return 'education';
  if (header.length === 1 && h.has('name')) return 'skills';
  return null;
}

const span = (from: string, to: string) => (from || to ? ` (${from || '?'}–${to || 'now'})` : '');

/** Reads any of the four files (one text each) into the parts of a UserProfile they inform. */
export function readOwnExport(texts: string[]): Partial<UserProfile> {
  const out: Partial<UserProfile> = {};
  const background: string[] = [];
  for (const text of texts) {
    const table = readCsv(text, (cells) => ownExportFileOf(cells) !== null);
    const col = columns(table.header);
    const kind = ownExportFileOf(table.header);
    if (kind === 'profile') {
      const me = table.rows[0]?.cells ?? [];
      const name = `${col(me, 'First Name')} ${col(me, 'Last Name')}`.trim();
      if (name) out.name = name;
      if (col(me, 'Industry')) out.field = col(me, 'Industry');
      if (col(me, 'Summary')) background.unshift(col(me, 'Summary'));
      if (col(me, 'Headline') && !out.position) out.position = col(me, 'Headline');
    } else if (kind === 'positions') {
      const jobs = table.rows.map(({ cells }) => ({
        title: col(cells, 'Title'),
        company: col(cells, 'Company Name'),
        from: col(cells, 'Started On'),
        to: col(cells, 'Finished On'),
      }));
      const current = jobs.find((j) => !j.to);
      if (current) out.position = [current.title, current.company].filter(Boolean).join(' at ');
      if (jobs.length)
        background.push(
          `Experience: ${jobs.map((j) => `${[j.title, j.company].filter(Boolean).join(' at ')}${span(j.from, j.to)}`).join('; ')}`,
        );
    } else if (kind === 'education') {
      const schools = table.rows.map(
        ({ cells }) =>
          `${[col(cells, 'Degree Name'), col(cells, 'School Name')].filter(Boolean).join(', ')}${span(col(cells, 'Start Date'), col(cells, 'End Date'))}`,
      );
      if (schools.length) background.push(`Education: ${schools.join('; ')}`);
    } else if (kind === 'skills') {
      const skills = table.rows.map(({ cells }) => col(cells, 'Name')).filter(Boolean);
      if (skills.length) background.push(`Skills: ${skills.slice(0, 15).join(', ')}`);
    } else {
      throw new ImportError(
        'unknown-format',
        'Expected Profile.csv, Positions.csv, Education.csv or Skills.csv from your LinkedIn export.',
      );
    }
  }
  if (background.length) out.background = background.join('\n');
  return out;
}
