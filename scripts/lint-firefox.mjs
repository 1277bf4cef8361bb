#!/usr/bin/env node
// web-ext lint on dist/firefox, as addons.mozilla.org runs it, offline. Fails on any error, and on
// any warning except the ones below, which are in library code we ship as published.
import { spawnSync } from 'node:child_process';

/** Warnings we cannot fix in our code: [code, file pattern, why]. */
const KNOWN = [
  // Preact's own renderer sets innerHTML only for `dangerouslySetInnerHTML`, which our code never uses.
  ['UNSAFE_VAR_ASSIGNMENT', /^assets\/preact-[\w-]+\.js$/, 'Preact renderer'],
];

const r = spawnSync('node_modules/.bin/web-ext', ['lint', '--source-dir', 'dist/firefox', '--output', 'json'], {
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  console.error(r.stdout, r.stderr);
  process.exit(1);
}
// Our code never uses dangerouslySetInnerHTML, which keeps the one known Preact warning harmless.
const ours = spawnSync('grep', ['-rl', 'dangerouslySetInnerHTML', 'src'], { encoding: 'utf8' }).stdout.trim();
if (ours) {
  console.error(
    `dangerouslySetInnerHTML is used in ${ours.split('\n').join(', ')}: Preact's innerHTML is no longer unused`,
  );
  process.exit(1);
}
const known = (m) => KNOWN.find(([code, file]) => m.code === code && file.test(m.file ?? ''));
const fixable = (report.warnings ?? []).filter((m) => !known(m));
// Only what needs a person's attention is printed; the known library warnings are counted.
for (const m of report.errors ?? []) console.log(`error: ${m.code} ${m.message} ${m.file ?? ''}`);
for (const m of fixable) console.log(`warning: ${m.code} ${m.message} ${m.file ?? ''}`);
const knownCount = (report.warnings ?? []).length - fixable.length;
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${fixable.length} warnings` +
    (knownCount ? ` (and ${knownCount} known in library code: ${KNOWN.map((k) => k[2]).join(', ')})` : ''),
);
process.exit(report.summary.errors === 0 && fixable.length === 0 ? 0 : 1);
