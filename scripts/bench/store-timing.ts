import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { Figure } from '../bench.ts';
import { findBrowser, INSTALL_HINT } from '../lib/find-browser.ts';
import { alternate, MIN_RUNS, median, timedFigure } from './floor.ts';
import { storeBenchCode } from './store-bench-bundle.ts';

const ORIGIN = 'https://bench.coffee-chat.test';

const UNITS: Record<string, string> = { ms: 'ms', bytes: 'B', 'bytes-per-contact': 'B', ratio: '×' };
/** Each run imports 30,000 rows into a fresh database, then puts its floor: as few as a steady median allows. */
const IMPORT_RUNS = MIN_RUNS;
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * The store's code in real Chromium with 30,000 contacts and 100,000 notes, in a page served by
 * interception (IndexedDB is the same engine an extension page uses; nothing leaves the machine).
 * The browser keeps its profile on disk, in a temporary directory deleted afterwards, as the
 * extension's profile is: IndexedDB in a throwaway in-memory profile writes faster, so the
 * options-page import (dashboard-timing.ts, on disk) would not be comparable with it.
 */
export async function storeTiming(): Promise<Record<string, Figure>> {
  const browser = findBrowser();
  if (!browser) throw new Error(INSTALL_HINT);
  const code = await storeBenchCode();
  const profile = mkdtempSync(join(tmpdir(), 'coffee-chat-store-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.path,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // gc(): the page collects the benchmark's own garbage (30,000 generated rows, the store it
      // just filled) before each timed step, so a figure does not pay for what came before it.
      '--js-flags=--expose-gc',
    ],
  });
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/`)
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><title>bench</title><script src="/bench.js"></script>',
        });
      if (url === `${ORIGIN}/bench.js`) return route.fulfill({ contentType: 'text/javascript', body: code });
      return route.abort();
    });
    const open = async () => {
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/`);
      return page;
    };
    type Bench = Record<'storeBench' | 'storeImportBench', () => Promise<Record<string, number>>> &
      Record<'storeImportFloor', () => Promise<number>>;
    // First the store's other figures (store-bench-page.ts run()), in a profile nothing was written
    // to yet (store.bytes-per-contact reads the profile's usage).
    const out: Record<string, Figure> = {};
    const main = await open();
    const raw = await main.evaluate(() => (globalThis as unknown as Bench).storeBench());
    await main.close();
    for (const [k, v] of Object.entries(raw)) {
      const suffix = k.split('.').at(-1)!;
      // A ratio (store.export-json's, from floor.ts's timedFigure) keeps its two places.
      out[k] = { value: suffix === 'ratio' ? v : round(v), unit: UNITS[suffix] ?? UNITS[k.split('.').at(-2)!] ?? 'B' };
    }
    // The import (preview + commit) in a fresh page each time, then its floor in the same page:
    // plain puts of the records that import wrote (floor.ts).
    let page: Page | null = null;
    const parts: Record<string, number>[] = [];
    const { times, floorTimes } = await alternate(
      IMPORT_RUNS,
      async () => {
        page = await open();
        const r = await page.evaluate(() => (globalThis as unknown as Bench).storeImportBench());
        parts.push(r);
        return r.total!;
      },
      async () => {
        const ms = await page!.evaluate(() => (globalThis as unknown as Bench).storeImportFloor());
        await page!.close();
        return ms;
      },
    );
    return {
      ...timedFigure('store.import-30k', times, floorTimes),
      'store.import-30k.preview.median.ms': { value: round(median(parts.map((r) => r.preview!))), unit: 'ms' },
      'store.import-30k.commit.median.ms': { value: round(median(parts.map((r) => r.commit!))), unit: 'ms' },
      ...out,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
