import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES } from '../../src/capture/fixtures.ts';
import { bundleFor } from '../../src/capture/url.ts';
import type { Site } from '../../src/domain/profile.ts';
import type { Figure } from '../bench.ts';
import { fixtureUrl } from '../lib/fixture-url.ts';
import type { Extension } from '../lib/launch.ts';
import { median, timedFigure } from './floor.ts';

const DIR = 'tests/fixtures/pages';
// Each page is measured in ROUNDS visits spread over the whole run, WARM runs and COLD injections
// per visit: a burst of load on a shared machine then falls on one visit of a page, not on all of
// its runs (measured in one visit, a page's median once came out at 10.5 ms beside 1.1 ms, its
// floor inflated 8× with it).
const ROUNDS = 3;
const WARM = 5;
const COLD = 2;

// Written into the bench's copy of the build: the first notes the time, the second calls the
// capture the file between them installed and answers the time since.
const START_FILE = 'bench-capture-start.js';
const CALL_FILE = 'bench-capture-call.js';
const START = 'globalThis.__benchCaptureStart = performance.now();\n';
const CALL = 'globalThis.__coffeeChatCapture(), performance.now() - globalThis.__benchCaptureStart;\n';

interface Fixture {
  file: string;
  url: string;
  html: string;
}

export function linkedinFixtures(): Fixture[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.html') && (f.startsWith('linkedin') || f === 'demo-profile.html'))
    .map((f) => {
      const html = readFileSync(join(DIR, f), 'utf8');
      return { file: f, url: fixtureUrl(f, html), html };
    })
    .filter((f) => f.url.includes('linkedin.com/in/'));
}

/** One fixture per non-LinkedIn bundle kind, served at the address the unit tests give it. */
function otherFixtures(): Fixture[] {
  return Object.entries(FIXTURES)
    .filter(([, url]) => bundleFor(url) !== 'linkedin')
    .map(([file, url]) => ({ file, url, html: readFileSync(join(DIR, file), 'utf8') }));
}

interface Times {
  /** Calls of the installed capture, one after another in one injection (warm: optimised code). */
  capture: number[];
  /** The floor of each warm call, right after it. */
  walk: number[];
  /** A fresh injection of the file, as each popup opening makes: its evaluation and first call (cold code). */
  cold: number[];
  /** The same for a copy of the file the page has never run: its functions compiled then. */
  first: number[];
}

/**
 * The toolbar click, until it has granted the tab to the extension (activeTab): about 1 click in
 * 100 grants nothing ("Cannot access contents of the page"), more often when a popup an earlier
 * visit's click opened is still open, whose click closes it. At most five clicks.
 */
async function grantTab(ext: Extension, page: Page): Promise<number> {
  for (let click = 1; ; click++) {
    await ext.clickToolbar(page.url());
    // The tab's address, by which tabIdOf finds it, shows only once the click has granted it.
    const tabId = await ext.tabIdOf(page).catch(() => -1);
    const granted = await ext.worker.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<unknown> } } })
        .chrome;
      return api.scripting.executeScript({ target: { tabId: id }, func: () => 0 }).then(
        () => true,
        () => false,
      );
    }, tabId);
    if (granted && tabId >= 0) return tabId;
    if (click === 5) throw new Error(`Five toolbar clicks did not grant ${page.url()} to the extension.`);
    // The popup the failed click opened or closed settles first.
    await page.waitForTimeout(300);
  }
}

/**
 * Closes the popup the visit's click opened (the tab stays granted): starting up, it reads the
 * page and renders on the same two cores while the first calls are timed.
 */
async function closePopup(ext: Extension): Promise<void> {
  const cdp = await ext.context.browser()?.newBrowserCDPSession();
  if (!cdp) return;
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string; targetId: string }[] };
  const popup = `chrome-extension://${ext.id}/src/popup/index.html`;
  for (const t of targetInfos.filter((x) => x.url === popup))
    await cdp.send('Target.closeTarget', { targetId: t.targetId });
  await cdp.detach();
}

/** One visit of one page: COLD fresh injections, each called once, then WARM calls, each with its floor. */
async function visit(
  ext: Extension,
  pages: Record<string, string>,
  { url, html }: Fixture,
  visitId: string,
  dist: string,
): Promise<Times> {
  const bundle = bundleFor(url);
  // A user's first capture on a tab runs code V8 has never compiled in that page; a copy under a
  // name of its own is such code (the same file again reuses what its last injection compiled).
  const file = (await ext.worker.evaluate(
    (site) =>
      (globalThis as unknown as { coffeeChat: { captureFiles: Record<string, string> } }).coffeeChat.captureFiles[site],
    bundle,
  )) as string;
  const firstFile = `bench-first-${visitId}.js`;
  copyFileSync(join(dist, file), join(dist, firstFile));
  pages[url] = html;
  // A fragment of its own (not sent with the request, so the fixture is still served): the
  // toolbar click and the tab lookup, which find the tab by its address, can never pick the tab
  // of an earlier visit of the same page that is still closing.
  const page = await ext.openSite(`${url}#${visitId}`);
  const tabId = await grantTab(ext, page);
  await closePopup(ext);
  const times = (await ext.worker.evaluate(
    async ([id, warm, cold, file, firstFile, start, end]) => {
      const api = (
        globalThis as unknown as {
          chrome: { scripting: { executeScript(o: object): Promise<{ result: unknown }[]> } };
        }
      ).chrome;
      const call = async (func: (n: number) => unknown, n: number) =>
        (await api.scripting.executeScript({ target: { tabId: id }, args: [n], func }))[0]?.result;
      // The file between two of the bench's own (START_FILE, CALL_FILE), in one injection as the
      // popup's: the time from before the file is evaluated to the end of the capture's call.
      const injectAndTime = async (f: string) =>
        (await api.scripting.executeScript({ target: { tabId: id }, files: [start, f, end] }))[0]?.result as number;
      const firstTimes = [await injectAndTime(firstFile)];
      const coldTimes: number[] = [];
      // The file as the popup injects it: evaluated again, so its functions start without
      // type feedback or optimised code, as a user's capture does.
      for (let i = 0; i < cold; i++) coldTimes.push(await injectAndTime(file));
      // The capture, then its floor (one full TreeWalker pass over the same page), in turn.
      const warmTimes = (await call((n: number) => {
        const g = globalThis as unknown as { __coffeeChatCapture: () => unknown };
        const capture: number[] = [];
        const walk: number[] = [];
        for (let i = 0; i < n; i++) {
          let t = performance.now();
          g.__coffeeChatCapture();
          capture.push(performance.now() - t);
          // A pass takes about the timer's resolution (0.1 ms in a page): ten, divided by ten.
          t = performance.now();
          let nodes = 0;
          for (let pass = 0; pass < 10; pass++) {
            const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
            while (walker.nextNode()) nodes++;
          }
          walk.push((performance.now() - t) / 10);
          if (nodes < 0) throw new Error('unreachable: keeps the walk from being optimised away');
        }
        return { capture, walk };
      }, warm)) as { capture: number[]; walk: number[] };
      return { ...warmTimes, cold: coldTimes, first: firstTimes };
    },
    [tabId, WARM, COLD, file, firstFile, START_FILE, CALL_FILE] as const,
  )) as Times;
  await page.close();
  rmSync(join(dist, firstFile));
  return times;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The page with the highest median, and that median. */
function slowest(perPage: Map<string, number[]>): [string, number] {
  return [...perPage].map(([file, xs]): [string, number] => [file, median(xs)]).sort((a, b) => b[1] - a[1])[0] as [
    string,
    number,
  ];
}

/**
 * Time of the capture inside the page, in real Chromium, per fixture, with the bundle the
 * extension picks for its address: the LinkedIn figures (warm, with their floor, and cold), and
 * one median per other bundle. Prints which LinkedIn page is the slowest, warm and cold.
 */
export async function captureTiming(
  ext: Extension,
  pages: Record<string, string>,
  dist: string,
): Promise<Record<string, Figure>> {
  writeFileSync(join(dist, START_FILE), START);
  writeFileSync(join(dist, CALL_FILE), CALL);
  // tsx (esbuild's keepNames) wraps functions in __name(); code sent to the worker needs it too.
  await ext.worker.evaluate('globalThis.__name ??= (f) => f');
  // Several fixtures share a URL (layouts of one person): each is served in turn.
  const fixtures = [...linkedinFixtures(), ...otherFixtures()];
  const all = new Map<string, Times>(fixtures.map((f) => [f.file, { capture: [], walk: [], cold: [], first: [] }]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const f of fixtures) {
      const t = await visit(ext, pages, f, `bench-visit-${r}-${f.file}`, dist);
      const acc = all.get(f.file) as Times;
      acc.capture.push(...t.capture);
      acc.walk.push(...t.walk);
      acc.cold.push(...t.cold);
      acc.first.push(...t.first);
    }
  }
  const warm = new Map<string, number[]>();
  const cold = new Map<string, number[]>();
  const first = new Map<string, number[]>();
  const perPageFloor: number[] = [];
  const perBundle: Partial<Record<Site, number[]>> = {};
  for (const { file, url } of fixtures) {
    const t = all.get(file) as Times;
    const bundle = bundleFor(url);
    if (bundle === 'linkedin') {
      warm.set(file, t.capture);
      cold.set(file, t.cold);
      first.set(file, t.first);
      perPageFloor.push(median(t.walk));
    } else perBundle[bundle] = [...(perBundle[bundle] ?? []), median(t.capture)];
  }
  const perPage = [...warm.values()].map(median);
  const perPageCold = [...cold.values()].map(median);
  const perPageFirst = [...first.values()].map(median);
  const [warmFile, warmMs] = slowest(warm);
  const [coldFile, coldMs] = slowest(cold);
  const [firstFile, firstMs] = slowest(first);
  console.log(
    `capture: slowest page warm ${warmFile} (${round(warmMs)} ms), cold ${coldFile} (${round(coldMs)} ms), first ${firstFile} (${round(firstMs)} ms)`,
  );
  return {
    // Over the LinkedIn pages: the median and the worst page (each page's figure the median of
    // its ROUNDS × WARM runs), its floor the same pages' TreeWalker passes (floor.ts).
    ...timedFigure('capture', perPage, perPageFloor, 2),
    // What a user waits for: the first call after a fresh injection (each page's figure the median
    // of its ROUNDS × COLD injections). No floor of its own: compare with capture.floor.median.ms.
    'capture.cold.median.ms': { value: round(median(perPageCold)), unit: 'ms' },
    'capture.cold.worst.ms': { value: round(Math.max(...perPageCold)), unit: 'ms' },
    // The first popup opening on a tab: the same, with the code compiled in the call (a copy of
    // the file the page has never run; each page's figure the median of its ROUNDS visits).
    'capture.first.median.ms': { value: round(median(perPageFirst)), unit: 'ms' },
    'capture.first.worst.ms': { value: round(Math.max(...perPageFirst)), unit: 'ms' },
    'capture.pages': { value: perPage.length, unit: 'pages' },
    ...Object.fromEntries(
      Object.entries(perBundle).map(([site, times]) => [
        `capture.${site}.median.ms`,
        { value: round(median(times)), unit: 'ms' },
      ]),
    ),
  };
}
