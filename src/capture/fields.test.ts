// A committed snapshot of which fields each fixture yields and from which
// layer, so a change in any layer shows up as a diff (__snapshots__/fields.txt).
import { describe, expect, it, vi } from 'vitest';
import { extract } from './extract.ts';
import { FIXTURES, loadFixture } from './fixtures.ts';

// Parsing a saved page of several hundred kB with happy-dom takes seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

function summary(name: string): string {
  const { doc, url } = loadFixture(name);
  const r = extract(doc, url);
  if (r.kind !== 'profile')
    return `${name}: not-profile ${r.reason}${r.people.length ? ` people=${r.people.length}` : ''}`;
  const p = r.profile;
  const f = (k: keyof typeof p.sources) => {
    const v = p[k];
    const n = Array.isArray(v) ? `${v.length}` : v == null ? '-' : '✓';
    return `${k}=${n}${p.sources[k] ? `(${p.sources[k]})` : ''}`;
  };
  const fields = (
    [
      'name',
      'headline',
      'location',
      'about',
      'photoUrl',
      'current',
      'connectionDegree',
      'experience',
      'education',
      'skills',
      'publications',
    ] as const
  ).map(f);
  return `${name}: ${p.site} ${fields.join(' ')} incomplete=[${p.incomplete.map((i) => i.section).join(',')}]`;
}

describe('fields per fixture', () => {
  it('match the committed snapshot', async () => {
    const table = Object.keys(FIXTURES).map(summary).join('\n');
    await expect(`${table}\n`).toMatchFileSnapshot('./__snapshots__/fields.txt');
  });
});
