// The store uploads: `npm run package` (here on the build `npm test` just made) writes one ZIP per
// browser, named with package.json's version, holding exactly the built files: no source maps,
// no test hooks, no stray files. Unpacked with the extension's own ZIP reader (src/store/import/zip.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEED_TRACE } from '../../scripts/lib/demo-seed-trace.ts';
import { SMOKE_TRACE } from '../../src/background/smoke-protocol.ts';
import { listZip, readEntry } from '../../src/store/import/zip.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

/** What a build writes, and nothing else may be in a package. */
const ALLOWED =
  /^(manifest\.json|service-worker-loader\.js|(capture|skeleton)-run\.js|icons\/icon-\d+\.png|assets\/[\w.-]+\.(js|css)|src\/(popup|options|dashboard|meeting)\/index\.html|src\/capture\/inject\/(linkedin|scholar|researchgate|github|generic|skeleton)\.js)$/;

// Packaged once for both targets (the lint inside takes a while).
let out = '';
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'cc-release-'));
  execFileSync(process.execPath, ['scripts/package.mjs', '--no-build', '--out', out], { stdio: 'pipe' });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.each(['chrome', 'firefox'])('the %s release archive', (target) => {
  let archive: Uint8Array;
  beforeAll(() => {
    archive = new Uint8Array(readFileSync(join(out, `coffee-chat-${target}-${version}.zip`)));
  });

  it('holds exactly the built files, byte for byte', async () => {
    const dist = `dist/${target}`;
    const built = files(dist).map((f) => relative(dist, f).replaceAll('\\', '/'));
    const entries = listZip(archive);
    expect(entries.map((e) => e.name).sort()).toEqual(built.sort());
    for (const e of entries) {
      expect(Buffer.from(await readEntry(archive, e)).equals(readFileSync(join(dist, e.name))), e.name).toBe(true);
    }
  });

  it('has no source maps, no test hooks, no stray files', async () => {
    const entries = listZip(archive);
    expect(entries.filter((e) => !ALLOWED.test(e.name)).map((e) => e.name)).toEqual([]);
    expect(entries.some((e) => e.name.endsWith('.map'))).toBe(false);
    for (const e of entries.filter((x) => /\.(js|html|json)$/.test(x.name))) {
      const text = new TextDecoder().decode(await readEntry(archive, e));
      expect(text.includes(SMOKE_TRACE), `${e.name} holds the smoke hook`).toBe(false);
      expect(text.includes(DEMO_SEED_TRACE), `${e.name} holds the demo seed`).toBe(false);
      expect(text.includes('sourceMappingURL'), `${e.name} names a source map`).toBe(false);
    }
  });

  it('carries package.json’s version in its manifest, and no host access', async () => {
    const manifest = listZip(archive).find((e) => e.name === 'manifest.json')!;
    const m = JSON.parse(new TextDecoder().decode(await readEntry(archive, manifest)));
    expect(m.version).toBe(version);
    expect(m.host_permissions).toBeUndefined();
    if (target === 'firefox') expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    else expect(m.background.service_worker).toBeTruthy();
  });
});
