// `npm run bench`: figures for the budget. Prints a table and writes bench/results.json
// (one key per figure, each with its unit). `--check` exits non-zero when a figure is over
// its budget in bench/budget.json. Timing figures are added by the files in scripts/bench/.
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
if (!args.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs', 'chrome'], { stdio: 'inherit' });

const results: Record<string, Figure> = { ...bundleSizes('dist/chrome') };

// Timings in real Chromium, every page served from fixtures.
if (!args.includes('--sizes-only')) {
  const pages = demoPages();
  const ext = await launchExtension({ pages });
  try {
    Object.assign(results, await captureTiming(ext, pages), await popupTiming(ext), await dashboardTiming(ext));
  } finally {
    await ext.close();
  }
  Object.assign(results, await storeTiming());
}

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
// A --sizes-only run updates the sizes and keeps the last timings.
const previous = args.includes('--sizes-only') && existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
writeFileSync('bench/results.json', `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
console.log('\nwrote bench/results.json');
if (args.includes('--check') && rows.some((r) => r.over)) {
  console.error(`over budget: ${rows.filter((r) => r.over).map((r) => r.key).join(', ')}`);
  process.exit(1);
}
