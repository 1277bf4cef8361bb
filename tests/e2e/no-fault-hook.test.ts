import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAULTS_GLOBAL } from '../../src/store/test-faults.ts';

// The store's fault hook (src/store/test-faults.ts) makes writes fail on request; it belongs to
// dist/chrome-faults only, which tests/e2e/failing-writes.test.ts installs. The shipped builds,
// built by `npm test` before this runs (with dist/chrome-faults), must hold none of it.
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

/** Files of a build that name the hook or its injected failures. */
const traces = (dist: string) =>
  files(dist).filter((f) => {
    if (!/\.(js|html|json)$/.test(f)) return false;
    const text = readFileSync(f, 'utf8');
    return text.includes(FAULTS_GLOBAL) || text.includes('Test fault');
  });

describe('the store fault hook', () => {
  it('is in the test-only build, so looking for it finds it where it is', () => {
    expect(traces('dist/chrome-faults').length).toBeGreaterThan(0);
  });

  it.each(['chrome', 'firefox'])('is not in the shipped %s build', (target) => {
    expect(traces(`dist/${target}`)).toEqual([]);
  });
});
