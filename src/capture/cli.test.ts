// scripts/capture.ts, the command users attach to bug reports.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES, loadFixture, PAGES } from './fixtures.ts';
import { skeleton } from './skeleton.ts';

vi.setConfig({ testTimeout: 120_000 });
const ROOT = join(import.meta.dirname, '..', '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/capture.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('capture CLI', () => {
  it('prints the profile as JSON and exits 0', () => {
    const r = run(join(PAGES, 'demo-profile.html'), '--url', FIXTURES['demo-profile.html'] as string);
    expect(r.status).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p).toMatchObject({ name: 'Lena Marchetti', url: 'https://www.linkedin.com/in/lena-marchetti-demo/' });
    expect(p.experience).toHaveLength(6);
  });
  it('exits 1 with a one-line reason when the page is not a profile', () => {
    const r = run(join(PAGES, 'linkedin-authwall.html'), '--url', FIXTURES['linkedin-authwall.html'] as string);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^not a profile: Sign-in wall/)]);
  });
  it('runs on a page skeleton at the placeholder address it names (the repair loop)', () => {
    const { doc, url } = loadFixture('demo-profile.html');
    const sk = skeleton(doc, url);
    const file = join(mkdtempSync(join(tmpdir(), 'skeleton-')), 'skeleton.html');
    writeFileSync(file, sk);
    const at = (readFileSync(file, 'utf8').match(/Page address: (\S+)/)?.[1] ?? '').replace(/&amp;/g, '&');
    const r = run(file, '--url', at);
    expect(r.status).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.site).toBe('linkedin');
    expect(p.name).toMatch(/^X+[a-z]* X+[a-z]*$/i);
    expect(p.name).not.toBe('Lena Marchetti');
    expect(p.experience).toHaveLength(6);
  });
  it('explains its usage', () => {
    expect(run().status).toBe(2);
  });
});
