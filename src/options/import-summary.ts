// Words for an import's preview and result, kept apart from the component so they are tested.
import type { ImportKind, ImportPreview, ImportReport, ImportRow } from '../store/transfer.ts';

export const KIND_NAMES: Record<ImportKind, string> = {
  'linkedin-connections': 'LinkedIn connections',
  'linkedin-profile': 'your own LinkedIn profile export',
  'json-backup': 'a Coffee Chat backup',
  vcard: 'vCard contacts',
  csv: 'a CSV file',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function previewCounts(
  p: ImportPreview,
): { label: string; n: number; tone: 'add' | 'update' | 'same' | 'skip' }[] {
  return [
    { label: 'to add', n: p.toAdd.length, tone: 'add' },
    { label: 'to update', n: p.toUpdate.length, tone: 'update' },
    { label: 'already up to date', n: p.unchanged.length, tone: 'same' },
    { label: 'skipped', n: p.skipped.length, tone: 'skip' },
  ];
}

export interface SampleRow {
  row: ImportRow;
  action: string;
}

/** The first rows that would change something, so the user can check the columns were read right. */
export function sampleRows(p: ImportPreview, limit = 6): SampleRow[] {
  return [
    ...p.toAdd.map((row) => ({ row, action: 'New' })),
    ...p.toUpdate.map((u) => ({ row: u.row, action: `Update: ${u.changes.join('; ')}` })),
  ]
    .sort((a, b) => a.row.row - b.row.row)
    .slice(0, limit);
}

export function importButtonLabel(p: ImportPreview): string {
  const n = p.toAdd.length + p.toUpdate.length;
  return p.kind === 'json-backup' ? 'Restore this backup' : `Import ${plural(n, 'person', 'people')}`;
}

export function canImport(p: ImportPreview): boolean {
  if (p.kind === 'linkedin-profile') return false;
  return p.kind === 'json-backup' ? p.rows > 0 || Boolean(p.backup?.settings) : p.toAdd.length + p.toUpdate.length > 0;
}

export function reportSentence(r: ImportReport): string {
  const parts = [`${plural(r.added, 'contact')} added`, `${r.updated} updated`];
  if (r.unchanged) parts.push(`${r.unchanged} already up to date`);
  if (r.skipped.length) parts.push(`${r.skipped.length} skipped`);
  return `Imported ${KIND_NAMES[r.kind]}: ${parts.join(', ')}.`;
}
