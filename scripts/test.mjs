#!/usr/bin/env node
// `npm test`: type-check, lint, build both targets (and the fault-hook variant), lint the Firefox build, unit tests,
// end-to-end tests in real Chromium, then the smoke test in Firefox ESR (skipped when Firefox
// is not installed, unless REQUIRE_FIREFOX=1 as in .ci/run). Ends with one plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

let passed = 0;
let failed = 0;
const failures = [];
const skipped = [];
mkdirSync('test-results', { recursive: true });

function run(label, cmd, args, env = {}) {
  console.log(`\n── ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function vitest(label, configArgs, report) {
  rmSync(report, { force: true });
  const ok = run(label, process.execPath, [
    'node_modules/vitest/vitest.mjs',
    'run',
    ...configArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  if (json.numFailedTests > 0) failures.push(`${label}: ${json.numFailedTests} failed`);
  // A suite that fails to load has no failed tests but still fails the run.
  if (!ok && json.numFailedTests === 0) {
    failed += 1;
    failures.push(`${label} (a test file failed to run)`);
  }
}

const bin = (name) => `node_modules/.bin/${name}`;
check('type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('lint', bin('biome'), ['lint', 'src', 'tests', 'scripts']);
check('format (biome format; fix with npm run format)', bin('biome'), ['format', 'src', 'tests', 'scripts']);
check('architecture boundaries', process.execPath, ['scripts/check-boundaries.mjs']);
// The shipped builds, and dist/chrome-faults (the store's test-only fault hook) for the e2e
// test of failing writes; the shipped builds are checked to hold none of it.
const built = run('build', process.execPath, ['scripts/build.mjs', 'chrome', 'firefox', 'chrome-faults']);
if (built) passed += 1;
else {
  failed += 1;
  failures.push('build');
}
check('web-ext lint (Firefox build)', process.execPath, ['scripts/lint-firefox.mjs']);
vitest('unit tests', [], 'test-results/unit.json');
if (built) vitest('end-to-end tests (Chromium)', ['--config', 'vitest.e2e.config.ts'], 'test-results/e2e.json');
if (built) firefoxSmoke();

// The Firefox build in Firefox ESR, through its test-only variant dist/firefox-smoke (tests/firefox/).
function firefoxSmoke() {
  const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(firefox)) {
    const why = `no Firefox at ${firefox} (apt-get install firefox-esr, or set FIREFOX_PATH)`;
    if (process.env.REQUIRE_FIREFOX === '1') {
      failed += 1;
      failures.push(`Firefox smoke test: ${why}`);
    } else {
      console.log(`\n── Firefox smoke test SKIPPED: ${why}`);
      skipped.push(`Firefox smoke test: ${why}`);
    }
    return;
  }
  if (!run('build (Firefox smoke variant)', process.execPath, ['scripts/build.mjs', 'firefox-smoke'])) {
    failed += 1;
    failures.push('build (Firefox smoke variant)');
    return;
  }
  vitest('smoke test (Firefox ESR)', ['--config', 'vitest.firefox.config.ts'], 'test-results/firefox.json');
}

if (skipped.length) console.log(`\nSkipped: ${skipped.join('; ')}`);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
