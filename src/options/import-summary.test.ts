import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportRow } from '../store/import/index.ts';
import { canImport, importButtonLabel, previewCounts, reportSentence, sampleRows } from './import-summary.ts';

const row = (n: number, name: string): ImportRow => ({
  row: n,
  name,
  email: null,
  profileUrl: null,
  company: 'Quillfeather Labs',
  title: null,
  location: null,
  tags: [],
  notes: '',
  connectedOn: null,
});

const preview: ImportPreview = {
  kind: 'linkedin-connections',
  rows: 4,
  toAdd: [row(3, 'Zed Example'), row(5, 'Ada Sample')],
  toUpdate: [{ row: row(4, 'Old Friend'), contactId: 'c1', changes: ['company'] }],
  unchanged: [],
  skipped: [{ row: 6, reason: 'no name, email or profile link' }],
  fileSkipped: [],
  readRows: [],
};

describe('import wording', () => {
  it('counts what would happen', () => {
    expect(previewCounts(preview).map((c) => c.n)).toEqual([2, 1, 0, 1]);
    expect(importButtonLabel(preview)).toBe('Import 3 people');
    expect(canImport(preview)).toBe(true);
    expect(canImport({ ...preview, toAdd: [], toUpdate: [] })).toBe(false);
  });

  it('shows the first rows in file order with what happens to each', () => {
    expect(sampleRows(preview).map((s) => [s.row.row, s.action])).toEqual([
      [3, 'New'],
      [4, 'Update: company'],
      [5, 'New'],
    ]);
  });

  it('sums up the result', () => {
    const s = reportSentence({
      kind: 'linkedin-connections',
      added: 1,
      updated: 0,
      unchanged: 2,
      skipped: [{ row: 9, reason: 'x' }],
      contactIds: [],
    });
    expect(s).toBe('Imported LinkedIn connections: 1 contact added, 0 updated, 2 already up to date, 1 skipped.');
  });
});
