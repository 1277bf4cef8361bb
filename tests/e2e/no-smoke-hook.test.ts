import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMOKE_TRACE } from '../../src/background/smoke-protocol.ts';

// The Firefox smoke test's hook (src/background/smoke-hook.ts) may run a save on page load and
// navigate tabs; it belongs to dist/firefox-smoke only (tests/firefox/smoke.test.ts checks it is
// there). The shipped builds, built by `npm test` before this runs, must hold none of it.
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

describe.each(['chrome', 'firefox'])('the shipped %s build', (target) => {
  it('contains none of the test-only smoke hook and no host access', () => {
    const hits = files(`dist/${target}`).filter(
      (f) => /\.(js|html|json)$/.test(f) && readFileSync(f, 'utf8').includes(SMOKE_TRACE),
    );
    expect(hits).toEqual([]);
    expect(JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8')).host_permissions).toBeUndefined();
  });
});
