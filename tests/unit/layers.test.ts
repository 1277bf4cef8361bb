// The README's layer picture is drawn from the imports in src/ (scripts/layers.mjs): it must
// match them, and it changes when a new kind of import appears.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { END, layerPicture, START, withPicture } from '../../scripts/layers.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'layers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }), 60_000);

describe('the README layer picture', () => {
  it('is up to date with src/ (npm run layers redraws it)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(withPicture(readme, layerPicture(join(ROOT, 'src')))).toBe(readme);
    const check = spawnSync(process.execPath, ['scripts/layers.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(check.status).toBe(0);
  });

  it('draws an arrow for each pair of layers that import one another, and only those', () => {
    const picture = layerPicture(join(ROOT, 'src'));
    expect(picture).toContain('  store_door --> store\n');
    expect(picture).toContain('  pages --> store_door\n');
    expect(picture).not.toContain('pages --> store\n');
    expect(picture).not.toMatch(/--> (pages|worker)\n/);
    const src = join(dir, 'src');
    cpSync(join(ROOT, 'src'), src, { recursive: true });
    appendFileSync(join(src, 'lib/fold.ts'), "\nimport '../domain/language.ts';\n");
    const changed = layerPicture(src);
    expect(changed).toContain('  lib --> domain\n');
    expect(changed).not.toBe(picture);
  });

  it('replaces only what lies between its markers', () => {
    const readme = `intro\n${START}\nold\n${END}\noutro\n`;
    expect(withPicture(readme, 'new')).toBe(`intro\n${START}\nnew\n${END}\noutro\n`);
    expect(() => withPicture('no markers', 'new')).toThrow(/no .* block/);
  });
});
