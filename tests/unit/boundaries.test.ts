// The architecture rules scripts/check-boundaries.mjs enforces (part of npm test): the real
// src/ keeps them, and a copy of src/ with one break planted fails each rule, naming the import.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBoundaries, layerOf } from '../../scripts/lib/boundaries.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const dir = mkdtempSync(join(tmpdir(), 'boundaries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }), 60_000);

let copies = 0;
/** A copy of src/ with `line` added to each file named (relative to src/); its problems. */
function planted(breaks: Record<string, string>): string[] {
  const root = join(dir, `src-${++copies}`);
  cpSync(SRC, root, { recursive: true, filter: (p) => !/\.test\.tsx?$/.test(p) });
  for (const [file, line] of Object.entries(breaks)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    appendFileSync(join(root, file), `\n${line}\n`);
  }
  try {
    return checkBoundaries(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('architecture boundaries', () => {
  it('src/ keeps every rule', () => {
    expect(checkBoundaries(SRC)).toEqual([]);
  });

  it('every module of src/ is in a layer', () => {
    const problems = planted({ 'newfolder/thing.ts': 'export const a = 1;' });
    expect(problems).toEqual([
      'newfolder/thing.ts: in no layer (add its folder to LAYERS in scripts/lib/boundaries.mjs)',
    ]);
  });

  it('a page reaches the store only through store/index.ts', () => {
    const problems = planted({ 'popup/CheckThis.tsx': "import { getContact } from '../store/contacts.ts';" });
    expect(problems).toContain(
      'popup/CheckThis.tsx: imports store/contacts.ts (pages may use page parts, extension, store door, drafting, domain, lib; not store)',
    );
  });

  it('a type-only import of the database counts too', () => {
    const problems = planted({ 'dashboard/Pipeline.tsx': "import type { DB } from '../store/db.ts';" });
    expect(problems.some((p) => p.startsWith('dashboard/Pipeline.tsx: imports store/db.ts'))).toBe(true);
  });

  it('follows imports: a shared part that opens the store breaks every page using it', () => {
    const problems = planted({ 'ui/Choice.tsx': "import { openDb } from '../store/db.ts';\nexport const o = openDb;" });
    const chain = problems.find((p) => p.includes(' → ui/Choice.tsx → store/db.ts'));
    expect(chain).toMatch(
      /^(popup|options|dashboard|meeting)\/main\.tsx → .* \(the store is reached only through its door/,
    );
  });

  it('the service worker and extension/ use the door too', () => {
    const problems = planted({
      'background/menus.ts': "import { allContacts } from '../store/contacts.ts';",
      'extension/capture-tab.ts': "import { openDb } from '../store/db.ts';",
    });
    expect(problems.filter((p) => /: imports store\/(contacts|db)\.ts/.test(p))).toHaveLength(2);
  });

  it('idb, minisearch and papaparse stay in the store', () => {
    const problems = planted({ 'options/own-export.ts': "import { openDB } from 'idb';" });
    expect(problems).toContain('options/own-export.ts: imports idb (IndexedDB belongs to the store)');
  });

  it('shipped code never imports the store’s test entry', () => {
    const problems = planted({ 'meeting/chime.ts': "import { freshStore } from '../store/testing.ts';" });
    expect(problems).toContain('meeting/chime.ts: imports store/testing.ts, which only tests and scripts may use');
  });

  it('nothing imports a page', () => {
    const problems = planted({
      'popup/NotePanel.tsx': "import { memo } from '../dashboard/memo.ts';",
      'ui/Field.tsx': "import '../options/windows.ts';",
    });
    expect(problems).toContain('popup/NotePanel.tsx: imports dashboard/memo.ts (a page never imports another page)');
    expect(problems.some((p) => p.startsWith('ui/Field.tsx: imports options/windows.ts'))).toBe(true);
  });

  it('nothing imports the service worker', () => {
    const problems = planted({
      'dashboard/actions.ts': "import '../background/menus.ts';",
      'extension/reminder-alarms.ts': "import '../background/confirm.ts';",
    });
    expect(problems.filter((p) => p.includes(': imports background/'))).toHaveLength(2);
  });

  it('lib/ imports nothing of ours', () => {
    const problems = planted({ 'lib/fold.ts': "import type { Site } from '../domain/profile.ts';" });
    expect(problems).toContain('lib/fold.ts: imports domain/profile.ts (lib may use nothing of ours; not domain)');
  });

  it('domain/ is pure and sits below drafting/', () => {
    const problems = planted({
      'domain/who-next.ts': "import { slotToIcs } from '../drafting/ics.ts';",
      'domain/validate.ts': "import browser from '../lib/browser.ts';",
    });
    expect(problems.some((p) => p.startsWith('domain/who-next.ts: imports drafting/ics.ts'))).toBe(true);
    expect(problems.some((p) => p.includes('domain/validate.ts → lib/browser.ts (pure code'))).toBe(true);
  });

  it('drafting/ stays pure, even through domain/', () => {
    const problems = planted({ 'domain/language.ts': "import '../store/db.ts';" });
    expect(problems.some((p) => p.startsWith('domain/language.ts: imports store/db.ts'))).toBe(true);
    expect(problems.some((p) => /^drafting\/.* → domain\/language\.ts → store\/db\.ts \(pure code/.test(p))).toBe(true);
  });

  it('capture/ never reaches the browser API or storage', () => {
    const problems = planted({ 'capture/text.ts': "import browser from '../lib/browser.ts';" });
    expect(problems.some((p) => p.includes('capture/text.ts → lib/browser.ts (capture runs inside web pages'))).toBe(
      true,
    );
  });

  it('only pages render: no preact in the store', () => {
    const problems = planted({ 'store/journal.ts': "import { h } from 'preact';" });
    expect(problems).toContain('store/journal.ts: imports preact (only pages render)');
  });

  it('no import cycles', () => {
    const problems = planted({ 'domain/language.ts': "import '../domain/settings.ts';" });
    expect(problems.some((p) => p.startsWith('import cycle: domain/'))).toBe(true);
  });

  it('the command fails on a break, and npm test runs it', () => {
    const root = join(dir, 'cli');
    cpSync(SRC, root, { recursive: true });
    appendFileSync(join(root, 'popup/CheckThis.tsx'), "\nimport '../store/db.ts';\n");
    const broken = spawnSync(process.execPath, ['scripts/check-boundaries.mjs', root], { cwd: ROOT, encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('popup/CheckThis.tsx: imports store/db.ts');
    const clean = spawnSync(process.execPath, ['scripts/check-boundaries.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(clean.status).toBe(0);
    expect(readFileSync(join(ROOT, 'scripts/test.mjs'), 'utf8')).toContain("['scripts/check-boundaries.mjs']");
  });

  it('places modules in layers by folder, the door by name', () => {
    expect(layerOf('store/index.ts')).toBe('store door');
    expect(layerOf('store/contacts.ts')).toBe('store');
    expect(layerOf('debrief/use-interview.ts')).toBe('page parts');
    expect(layerOf('vite-env.d.ts')).toBeNull();
  });
});
