#!/usr/bin/env node
// web-ext lint on dist/firefox, offline; fails on any error (warnings are printed).
import { spawnSync } from 'node:child_process';

const r = spawnSync(
  'node_modules/.bin/web-ext',
  ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--self-hosted'],
  {
    encoding: 'utf8',
  },
);
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  console.error(r.stdout, r.stderr);
  process.exit(1);
}
for (const kind of ['errors', 'warnings']) {
  for (const m of report[kind] ?? []) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.message} ${m.file ?? ''}`);
}
console.log(
  `web-ext lint: ${report.count} messages, ${report.summary.errors} errors, ${report.summary.warnings} warnings`,
);
process.exit(report.summary.errors === 0 ? 0 : 1);
