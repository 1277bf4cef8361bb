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
for (const kind of ['errors', 'warnings']) {
  for (const m of report[kind] ?? []) {
    const note = kind === 'warnings' && known(m) ? ` (known: ${known(m)[2]})` : '';
    console.log(`${kind.slice(0, -1)}: ${m.code} ${m.message} ${m.file ?? ''}${note}`);
  }
}
console.log(
  `web-ext lint: ${report.count} messages, ${report.summary.errors} errors, ${report.summary.warnings} warnings (${fixable.length} not known)`,
);
process.exit(report.summary.errors === 0 && fixable.length === 0 ? 0 : 1);
