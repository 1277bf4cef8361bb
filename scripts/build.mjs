#!/usr/bin/env node
// Builds dist/chrome and dist/firefox (or the targets named; `firefox-smoke` is the test-only
// variant the Firefox smoke test installs, `chrome-faults` the one with the store's fault hook
// that tests/e2e/failing-writes.test.ts arms; neither is built by default), then removes what crxjs
// adds but we do not want: a web_accessible_resources entry exposing the capture script to
// every site, which would let any page detect the extension. executeScript({files}) does not need it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
for (const target of targets) {
  const [browser, variant] = target.split('-');
  const vite = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: ['inherit', 'inherit', 'pipe'],
    encoding: 'utf8',
    // SMOKE and FAULTS are always set, so a stray one in the shell cannot leak a hook into a shipped build.
    env: {
      ...process.env,
      TARGET: browser,
      SMOKE: variant === 'smoke' ? '1' : '0',
      FAULTS: variant === 'faults' ? '1' : '0',
    },
  });
  process.stderr.write(withoutUpstreamNoise(vite.stderr ?? ''));
  if (vite.status !== 0) process.exit(vite.status ?? 1);
  const path = join('dist', target, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  delete manifest.web_accessible_resources;
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  removeUnusedInjectChunk(join('dist', target));
  console.log(`built dist/${target}`);
}

// @crxjs/vite-plugin 3.0.0 (the latest) builds the capture script as an IIFE with the Rollup-era
// option `inlineDynamicImports`, which rolldown ignores there (`codeSplitting: false` already
// does it) and warns about on every build. Our config cannot reach that inner build, so this one
// known line is dropped; everything else on stderr is passed through.
function withoutUpstreamNoise(stderr) {
  // One line per injected script, as "WARN  …" on a terminal and "[warn] …" in CI logs.
  return stderr
    .split('\n')
    .filter((line) => !/inlineDynamicImports`? option is ignored because `?codeSplitting: false/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

// crxjs leaves the ESM twin of each IIFE script (src/capture/inject/*.ts) in assets/ (see its
// plugin-contentScripts_iife notes), with chunks only the twins share. No page, manifest or other
// script names them, so they are dead weight in the package: removed until none is left.
function removeUnusedInjectChunk(dist) {
  const assets = join(dist, 'assets');
  for (let removed = true; removed; ) {
    removed = false;
    const texts = codeFiles(dist).map((f) => ({ f, text: readFileSync(f, 'utf8') }));
    for (const chunk of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
      const path = join(assets, chunk);
      if (!texts.some((t) => t.f !== path && t.text.includes(chunk))) {
        rmSync(path);
        removed = true;
      }
    }
  }
}

/** Every file of a build that can name a script: pages, scripts, the manifest. */
function codeFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? codeFiles(join(dir, e.name)) : /\.(html|js|json)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
