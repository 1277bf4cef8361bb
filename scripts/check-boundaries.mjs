#!/usr/bin/env node
// The architecture rule a generic linter cannot state: capture/ runs inside web pages and
// drafting/ is pure, so neither may import storage, the browser API or any page. And no module
// in src/ may take part in an import cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describeCycles } from './lib/import-cycles.mjs';

const RULES = [
  {
    folder: 'src/capture',
    forbidden: [
      'src/store',
      'src/popup',
      'src/options',
      'src/dashboard',
      'src/meeting',
      'src/background',
      'src/ui',
      'src/lib/browser.ts',
      'webextension-polyfill',
      'idb',
      'preact',
    ],
  },
  {
    folder: 'src/drafting',
    forbidden: [
      'src/store',
      'src/popup',
      'src/options',
      'src/dashboard',
      'src/meeting',
      'src/background',
      'src/capture',
      'src/lib/browser.ts',
      'webextension-polyfill',
      'idb',
    ],
  },
  {
    folder: 'src/domain',
    forbidden: [
      'src/store',
      'src/popup',
      'src/options',
      'src/dashboard',
      'src/meeting',
      'src/background',
      'src/lib/browser.ts',
      'webextension-polyfill',
      'idb',
      'preact',
    ],
  },
];

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(p) && !/\.test\.tsx?$/.test(p) ? [p] : [];
  });

const problems = [];
for (const { folder, forbidden } of RULES) {
  let list = [];
  try {
    list = files(folder);
  } catch {
    continue;
  }
  for (const file of list) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = m[1] ?? m[2];
      const target = spec.startsWith('.') ? relative('.', resolve(file, '..', spec)) : spec;
      const hit = forbidden.find((f) => target === f || target.startsWith(`${f}/`));
      if (hit) problems.push(`${file}: imports ${spec} (${folder} must not depend on ${hit})`);
    }
  }
}
// No import cycles anywhere in src/ (scripts/lib/import-cycles.mjs).
for (const cycle of describeCycles('src')) problems.push(`import cycle: ${cycle}`);

for (const p of problems) console.error(p);
console.log(problems.length ? `${problems.length} boundary violations` : 'architecture boundaries: ok');
process.exit(problems.length ? 1 : 0);
