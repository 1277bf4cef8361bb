// `npm run bench`: figures for the budget. Prints a table and writes bench/results.json
// (one key per figure, each with its unit). `--check` exits non-zero when a figure is over
// its budget in bench/budget.json. Timing figures are added by the files in scripts/bench/.
// Flags: `--no-build` uses dist/chrome as it is; `--sizes-only` skips the timings; `--only popup`
// (or capture, dashboard, store; repeatable) runs just those timings. A partial run keeps the
// other figures from the last bench/results.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { bundleSizes } from './bench/bundle-sizes.ts';
import { captureTiming } from './bench/capture-timing.ts';
import { dashboardTiming } from './bench/dashboard-timing.ts';
import { popupTiming } from './bench/popup-timing.ts';
import { storeTiming } from './bench/store-timing.ts';
import { demoPages } from './lib/demo.ts';
import { launchExtension } from './lib/launch.ts';

export interface Figure {
  value: number;
  unit: string;
}

const args = process.argv.slice(2);
const TIMINGS = ['capture', 'popup', 'dashboard', 'store'] as const;
const only = args.flatMap((a, i) => (a === '--only' ? [args[i + 1] ?? ''] : a.startsWith('--only=') ? [a.slice(7)] : []));
for (const name of only) {
  if (!(TIMINGS as readonly string[]).includes(name)) throw new Error(`--only ${name}: expected one of ${TIMINGS.join(', ')}`);
}
const runs = (name: (typeof TIMINGS)[number]) => !args.includes('--sizes-only') && (only.length === 0 || only.includes(name));
if (!args.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs', 'chrome'], { stdio: 'inherit' });

const results: Record<string, Figure> = { ...bundleSizes('dist/chrome') };

// Timings in real Chromium, every page served from fixtures.
if (runs('capture') || runs('popup') || runs('dashboard')) {
  const pages = demoPages();
  const ext = await launchExtension({ pages });
  try {
    if (runs('capture')) Object.assign(results, await captureTiming(ext, pages));
    if (runs('popup')) Object.assign(results, await popupTiming(ext));
    if (runs('dashboard')) Object.assign(results, await dashboardTiming(ext));
  } finally {
    await ext.close();
  }
}
if (runs('store')) Object.assign(results, await storeTiming());

const budget: Record<string, { max: number; unit: string }> = existsSync('bench/budget.json')
  ? JSON.parse(readFileSync('bench/budget.json', 'utf8'))
  : {};

const rows = Object.entries(results).map(([key, { value, unit }]) => {
  const b = budget[key];
  const ratio = b ? value / b.max : null;
  return { key, value, unit, budget: b ? `${b.max} ${b.unit}` : '', ratio, over: ratio !== null && ratio > 1 };
});
const width = Math.max(...rows.map((r) => r.key.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(10)}  unit   budget        ratio`);
for (const r of rows) {
  console.log(
    `${r.key.padEnd(width)}  ${String(r.value).padStart(10)}  ${r.unit.padEnd(5)}  ${r.budget.padEnd(12)}  ${r.ratio === null ? '' : `${r.ratio.toFixed(2)}${r.over ? '  OVER' : ''}`}`,
  );
}
// A --sizes-only or --only run updates what it measured and keeps the other figures.
const partial = args.includes('--sizes-only') || only.length > 0;
const previous = partial && existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
writeFileSync('bench/results.json', `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
console.log('\nwrote bench/results.json');
if (args.includes('--check') && rows.some((r) => r.over)) {
  console.error(`over budget: ${rows.filter((r) => r.over).map((r) => r.key).join(', ')}`);
  process.exit(1);
}
