// `npm run bench`: figures for the budget. Prints a table and writes bench/results.json
// (one key per figure, each with its unit). `--check` exits non-zero when a figure is over
// its budget in bench/budget.json, absolute or ratio (scripts/bench/check.ts), and says which.
// Timing figures are added by the files in scripts/bench/; each timed figure comes with its
// floor, measured in the same run, and the ratio of the two (scripts/bench/floor.ts).
// `--only <name>` (repeatable; size, capture, popup, dashboard, store: the figures' prefixes)
// measures just those and keeps the other figures of the last run in bench/results.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { bundleSizes } from './bench/bundle-sizes.ts';
import { captureTiming } from './bench/capture-timing.ts';
import { type Budget, brokenBudgets } from './bench/check.ts';
import { dashboardTiming } from './bench/dashboard-timing.ts';
import { distWithFloorPage } from './bench/floor-page.ts';
import { popupTiming } from './bench/popup-timing.ts';
import { storeBenchCode } from './bench/store-bench-bundle.ts';
import { addStoreBenchPage } from './bench/store-bench-in-extension.ts';
import { storeTiming } from './bench/store-timing.ts';
import { demoPages } from './lib/demo.ts';
import { launchExtension } from './lib/launch.ts';

export interface Figure {
  value: number;
  unit: string;
}

const args = process.argv.slice(2);
if (!args.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs', 'chrome'], { stdio: 'inherit' });

const PARTS = ['size', 'capture', 'popup', 'dashboard', 'store'] as const;
type Part = (typeof PARTS)[number];
const only = args.flatMap((a, i) => (args[i - 1] === '--only' ? [a] : []));
for (const name of only) {
  if (!PARTS.includes(name as Part)) throw new Error(`--only ${name}: expected one of ${PARTS.join(', ')}`);
}
const partial = only.length > 0 || args.includes('--sizes-only');
const runs = (part: Part) => (only.length ? only.includes(part) : part === 'size' || !args.includes('--sizes-only'));

const results: Record<string, Figure> = runs('size') ? { ...bundleSizes('dist/chrome') } : {};

// Timings in real Chromium, every page served from fixtures.
if (runs('capture') || runs('popup') || runs('dashboard')) {
  const pages = demoPages();
  // The build plus the popup's and dashboard's floor: an empty page (floor-page.ts).
  const bench = distWithFloorPage('dist/chrome');
  // The dashboard part times the options page's import against the store's, in this extension.
  if (runs('dashboard')) addStoreBenchPage(bench.dist, await storeBenchCode());
  const ext = await launchExtension({ pages, dist: bench.dist, routeSitesOnly: true });
  try {
    if (runs('capture')) Object.assign(results, await captureTiming(ext, pages, bench.dist));
    if (runs('popup')) Object.assign(results, await popupTiming(ext));
    if (runs('dashboard')) Object.assign(results, await dashboardTiming(ext));
  } finally {
    await ext.close();
    bench.remove();
  }
}
if (runs('store')) Object.assign(results, await storeTiming());

const budget: Record<string, Budget> = existsSync('bench/budget.json')
  ? JSON.parse(readFileSync('bench/budget.json', 'utf8'))
  : {};
const broken = new Map(brokenBudgets(results, budget).map((b) => [b.key, b]));

const rows = Object.entries(results).map(([key, { value, unit }]) => {
  const b = budget[key];
  return { key, value, unit, budget: b ? `${b.max} ${b.unit}` : '', use: b ? value / b.max : null };
});
const width = Math.max(...rows.map((r) => r.key.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(10)}  unit   budget        of budget`);
for (const r of rows) {
  console.log(
    `${r.key.padEnd(width)}  ${String(r.value).padStart(10)}  ${r.unit.padEnd(5)}  ${r.budget.padEnd(12)}  ${r.use === null ? '' : `${r.use.toFixed(2)}${broken.has(r.key) ? '  OVER' : ''}`}`,
  );
}
// A --sizes-only or --only run updates its figures and keeps the others of the last run.
const previous =
  partial && existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
writeFileSync('bench/results.json', `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
console.log('\nwrote bench/results.json');
if (args.includes('--check') && broken.size) {
  console.error(`\n${broken.size} over budget:`);
  for (const b of broken.values()) console.error(`  ${b.key} (${b.kind}): ${b.why}`);
  process.exit(1);
}
