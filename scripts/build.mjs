#!/usr/bin/env node
// Builds dist/chrome and dist/firefox (or the targets named; `firefox-smoke` is the test-only
// variant the Firefox smoke test installs, never built by default), then removes what crxjs
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
    // SMOKE is always set, so a stray SMOKE=1 in the shell cannot leak the hook into a shipped build.
    env: { ...process.env, TARGET: browser, SMOKE: variant === 'smoke' ? '1' : '0' },
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
  return stderr.replace(
    /\n?[^\n]*WARN\s+`?inlineDynamicImports`? option is ignored because `?codeSplitting: false`? is set\.\n\n?/g,
    '',
  );
}

// crxjs leaves the ESM twin of an IIFE script in assets/ (see its plugin-contentScripts_iife
// notes); when no other file names it, it is dead weight in the package.
function removeUnusedInjectChunk(dist) {
  const assets = join(dist, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  for (const chunk of files.filter((f) => /^inject\.ts-.*\.js$/.test(f))) {
    const used = files.some((f) => f !== chunk && readFileSync(join(assets, f), 'utf8').includes(chunk));
    if (!used) rmSync(join(assets, chunk));
  }
}
