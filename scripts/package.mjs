#!/usr/bin/env node
// `npm run package`: builds both targets and writes the store uploads,
// release/coffee-chat-chrome-<version>.zip and release/coffee-chat-firefox-<version>.zip, with
// package.json's version (vite.config.ts writes it into both manifests). Both archives are made
// by `web-ext build` (a plain ZIP of the folder), after `web-ext lint` passes on the Firefox build.
//   --no-build   package dist/ as it is (the package test, right after `npm test`'s build)
//   --out DIR    write the archives somewhere else than release/
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : 'release';
if (!out) {
  console.error('--out needs a folder');
  process.exit(2);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

if (!args.includes('--no-build')) {
  execFileSync(process.execPath, ['scripts/build.mjs', 'chrome', 'firefox'], { stdio: 'inherit' });
}
for (const target of ['chrome', 'firefox']) {
  const built = JSON.parse(readFileSync(join('dist', target, 'manifest.json'), 'utf8')).version;
  if (built !== version) {
    console.error(`dist/${target} is version ${built}, package.json says ${version}: build again.`);
    process.exit(1);
  }
}

const lint = spawnSync(process.execPath, ['scripts/lint-firefox.mjs'], { stdio: 'inherit' });
if (lint.status !== 0) {
  console.error('web-ext lint failed on dist/firefox: nothing was packaged.');
  process.exit(1);
}

mkdirSync(out, { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const filename = `coffee-chat-${target}-${version}.zip`;
  rmSync(join(out, filename), { force: true });
  execFileSync(
    'node_modules/.bin/web-ext',
    [
      'build',
      '--source-dir',
      join('dist', target),
      '--artifacts-dir',
      out,
      '--filename',
      filename,
      '--overwrite-dest',
      '--no-config-discovery',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const kb = (statSync(join(out, filename)).size / 1024).toFixed(1);
  console.log(`packaged ${join(out, filename)} (${kb} kB)`);
}
