// The import-cycle check that scripts/check-boundaries.mjs (part of npm test) runs on src/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCycles } from '../../scripts/lib/import-cycles.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'import-cycles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A throwaway source tree: file path → contents. */
function tree(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), code);
  }
  return root;
}

const names = (cycles: string[]) => cycles.map((c) => c.replace(/[^ ]*\//g, ''));

describe('import cycles', () => {
  it('finds none in src/', () => {
    expect(describeCycles(join(ROOT, 'src'))).toEqual([]);
  });

  it('finds a cycle through a re-export, a type-only import and a folder', () => {
    const root = tree('cyclic', {
      'store/contacts.ts': "export { merge } from './merge.ts';\nexport const get = 1;",
      'store/merge.ts': "import { get } from './contacts.ts';\nexport const merge = get;",
      'a/one.ts': "import type { Two } from '../b/two.tsx';\nexport type One = Two;",
      'b/two.tsx': "import type { One } from '../a/one';\nexport type Two = One | 2;",
      'leaf.ts': "import { get } from './store/contacts.ts';\n// import { x } from './leaf.ts';\nexport const y = get;",
      'leaf.test.ts': "import { y } from './leaf.ts';\nimport './leaf.test.ts';",
    });
    expect(names(describeCycles(root)).sort()).toEqual([
      'contacts.ts → merge.ts → contacts.ts',
      'one.ts → two.tsx → one.ts',
    ]);
  });

  it('finds a long cycle and a module importing itself, and names each once', () => {
    const root = tree('long', {
      'a.ts': "import './b.ts';",
      'b.ts': "import('./c.ts');",
      'c.ts': "export * from './a.ts';\nimport './b.ts';",
      'self.ts': "import { s } from './self.ts';\nexport const t = s;",
    });
    const cycles = names(describeCycles(root));
    expect(cycles).toHaveLength(2);
    expect(cycles).toContain('self.ts → self.ts');
    expect(cycles.find((c) => c.startsWith('a.ts'))).toBe('a.ts → b.ts → c.ts → a.ts');
  });

  it('makes the boundary check fail', () => {
    const root = tree('check', {
      'src/lib/x.ts': "import './y.ts';",
      'src/lib/y.ts': "import './x.ts';",
    });
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/check-boundaries.mjs')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('import cycle: lib/x.ts → lib/y.ts → lib/x.ts');
  });
});
