import { describe, expect, it } from 'vitest';
import { bench } from './bench-data.ts';
import { readConnections } from './import/linkedin-connections.ts';

describe('bench data', () => {
  it('is deterministic and has unique profile URLs', () => {
    const a = bench.contacts(2000, { notes: 5000, seed: 9 });
    expect(bench.contacts(2000, { notes: 5000, seed: 9 })).toEqual(a);
    expect(new Set(a.map((c) => c.profileUrl)).size).toBe(2000);
    const notes = a.reduce((n, c) => n + (c.notes ? c.notes.split('\n').length : 0), 0);
    expect(notes).toBeGreaterThan(4500);
    expect(notes).toBeLessThan(5500);
    expect(bench.contacts(5, { seed: 1 })).not.toEqual(bench.contacts(5, { seed: 2 }));
  });

  it('writes a Connections.csv our importer reads in full', () => {
    const csv = bench.connectionsCsv(3000);
    expect(csv.startsWith('Notes:\n')).toBe(true);
    expect(bench.connectionsCsv(3000)).toBe(csv);
    const { rows, skipped, count } = readConnections(csv);
    expect(count).toBe(3000);
    expect(rows.length + skipped.length).toBe(3000);
    expect(skipped.every((s) => /No name/.test(s.reason))).toBe(true);
    expect(rows.some((r) => r.name?.includes(', PhD'))).toBe(true);
    expect(rows.every((r) => r.connectedOn && r.profileUrl?.startsWith('https://www.linkedin.com/in/'))).toBe(true);
  });
});
