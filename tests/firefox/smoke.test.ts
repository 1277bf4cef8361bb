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

  // One save, as the menu would do it, asked for by loading the profile with the marker, in a
  // tab of its own. The hook answers by navigating the tab to its report URL, and that
  // navigation may still be under way when the report request is seen: a next save in the
  // same tab raced it (its load was sometimes cancelled by the report page committing late,
  // and the save never asked for). A new tab per save has nothing left in flight.
  async function smokeSave(): Promise<SmokeResult> {
    // The tab is left open (the browser closes with the suite): closing it while the profile's
    // photo was still loading made that request look like one from nowhere.
    const page = await ff.newPage();
    const report = ff.nextRequest(`${SMOKE_RESULT_URL}?`, 20_000);
    // The hook navigates away as soon as the page has loaded, which cuts this goto short:
    // the report (or its timeout) is what decides, so the goto is not awaited.
    void page.goto(`${PROFILE_URL}${SMOKE_MARKER}`).catch(() => undefined);
    const url = await report.catch((error: Error) => {
      throw new Error(
        `the smoke hook never reported (not in the build, no host access, or no page load): ${error.message}`,
      );
    });
    return JSON.parse(new URL(url).searchParams.get('result') ?? 'null');
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
