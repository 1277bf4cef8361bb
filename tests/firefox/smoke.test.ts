import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID, SMOKE_HOST_PERMISSIONS } from '../../scripts/manifest-for.ts';
import { SMOKE_MARKER, SMOKE_RESULT_URL, SMOKE_TRACE, type SmokeResult } from '../../src/background/smoke-protocol.ts';
import { type Firefox, launchFirefox } from './launch-firefox.ts';

// The Firefox build, installed in real Firefox ESR, captures a fixture profile and saves it in
// its own IndexedDB. No toolbar or menu click can be simulated over BiDi, so this installs the
// test-only variant dist/firefox-smoke (host access for linkedin.com + src/background/smoke-hook.ts),
// whose hook runs the right-click menu's own save and reports what the store holds afterwards.
const PROFILE_URL = 'https://www.linkedin.com/in/lena-marchetti-demo/';
const DIST = 'dist/firefox-smoke';

describe('the Firefox build in Firefox ESR', () => {
  let ff: Firefox;
  beforeAll(async () => {
    ff = await launchFirefox(DIST, { [PROFILE_URL]: readFileSync('tests/fixtures/pages/demo-profile.html', 'utf8') });
  });
  afterAll(async () => {
    await ff?.close();
  });

  // One save, as the menu would do it, asked for by loading the profile with the marker.
  // A second load is tried if no report comes: once in a clean CI run here the suspended
  // background page did not see the first load's tabs.onUpdated while it was being woken.
  async function smokeSave(): Promise<SmokeResult> {
    let last: Error | null = null;
    for (let attempt = 0; attempt < 2; attempt++) {
      // From a blank page, so the marked URL is always a new document (a load), never a
      // same-document fragment change.
      await ff.page.goto('about:blank').catch(() => undefined);
      // Settled at once, so a timeout during a slow goto is not an unhandled rejection.
      const report = ff.nextRequest(`${SMOKE_RESULT_URL}?`, 20_000).catch((error: Error) => error);
      // The hook navigates away as soon as the page has loaded, which may cut goto short;
      // the report (or its timeout) is what decides.
      await ff.page.goto(`${PROFILE_URL}${SMOKE_MARKER}`).catch(() => undefined);
      const url = await report;
      if (!(url instanceof Error)) return JSON.parse(new URL(url).searchParams.get('result') ?? 'null');
      last = url;
    }
    throw new Error(
      `the smoke hook never reported (not in the build, no host access, or no page load): ${last?.message}`,
    );
  }

  it('is the Firefox build plus only host access for the fixture site', () => {
    const shipped = JSON.parse(readFileSync('dist/firefox/manifest.json', 'utf8'));
    const { host_permissions, ...rest } = JSON.parse(readFileSync(`${DIST}/manifest.json`, 'utf8'));
    expect(host_permissions).toEqual(SMOKE_HOST_PERMISSIONS);
    expect(rest).toEqual(shipped);
  });

  // Proves the trace that tests/e2e/no-smoke-hook.test.ts looks for in the shipped builds is real.
  it('carries the smoke hook, which the shipped builds do not', () => {
    const assets = readdirSync(`${DIST}/assets`).filter((f) => f.endsWith('.js'));
    expect(assets.some((f) => readFileSync(`${DIST}/assets/${f}`, 'utf8').includes(SMOKE_TRACE))).toBe(true);
  });

  it('installs under its gecko id', () => {
    expect(ff.extensionId).toBe(GECKO_ID);
  });

  it('captures the fixture profile and saves it to IndexedDB', async () => {
    const result = await smokeSave();
    expect(result).toMatchObject({ ok: true, from: 'page', created: true, saved: true, contacts: 1 });
    expect(result.name).toBe('Lena Marchetti');
    expect(result.stage).toBe('to-contact');
    expect(result.profileUrl).toBe(PROFILE_URL);
  });

  it('updates the same contact when saved again', async () => {
    const result = await smokeSave();
    expect(result).toMatchObject({
      ok: true,
      created: false,
      saved: true,
      name: 'Lena Marchetti',
      stage: 'to-contact',
      contacts: 1,
    });
  });

  it('sent no request anywhere but the fixtures', () => {
    expect(ff.strayRequests).toEqual([]);
  });
});
