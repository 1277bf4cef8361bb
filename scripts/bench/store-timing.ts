import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { Figure } from '../bench.ts';
import { findBrowser, INSTALL_HINT } from '../lib/find-browser.ts';

const ORIGIN = 'https://bench.coffee-chat.test';

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: 'scripts/bench/store-bench-page.ts', formats: ['iife'], name: 'coffeeChatStoreBench' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const o of outputs) {
    if ('output' in o) {
      const chunk = o.output.find((x) => x.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('The store bench did not bundle.');
}

const UNITS: Record<string, string> = { ms: 'ms', bytes: 'B', 'bytes-per-contact': 'B' };
/** IndexedDB's write time varies by a tenth from one run to the next: the import runs this often. */
const IMPORT_RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? -1;

/**
 * The store's code in real Chromium with 30,000 contacts and 100,000 notes, in a page served by
 * interception (IndexedDB is the same engine an extension page uses; nothing leaves the machine).
 */
export async function storeTiming(): Promise<Record<string, Figure>> {
  const browser = findBrowser();
  if (!browser) throw new Error(INSTALL_HINT);
  const code = await bundle();
  const b = await chromium.launch({
    executablePath: browser.path,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      // gc(): the page collects the benchmark's own garbage (30,000 generated rows, the store it
      // just filled) before each timed step, so a figure does not pay for what came before it.
      '--js-flags=--expose-gc',
    ],
  });
  try {
    const open = async () => {
      const page = await b.newPage();
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url === `${ORIGIN}/`)
          return route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><title>bench</title><script src="/bench.js"></script>',
          });
        if (url === `${ORIGIN}/bench.js`) return route.fulfill({ contentType: 'text/javascript', body: code });
        return route.abort();
      });
      await page.goto(`${ORIGIN}/`);
      return page;
    };
    type Bench = Record<'storeBench' | 'storeImportBench', () => Promise<Record<string, number>>>;
    // The import, IMPORT_RUNS times, each in a fresh page: medians, and the slowest run's total.
    const imports: Record<string, number>[] = [];
    for (let i = 0; i < IMPORT_RUNS; i++) {
      const page = await open();
      imports.push(await page.evaluate(() => (globalThis as unknown as Bench).storeImportBench()));
      await page.close();
    }
    const raw: Record<string, number> = {};
    for (const key of Object.keys(imports[0]!)) raw[key] = median(imports.map((r) => r[key]!));
    raw['store.import-30k.worst.ms'] = Math.max(...imports.map((r) => r['store.import-30k.ms']!));
    const page = await open();
    Object.assign(raw, await page.evaluate(() => (globalThis as unknown as Bench).storeBench()));
    return Object.fromEntries(
      Object.entries(raw).map(([k, v]) => {
        const suffix = k.split('.').at(-1)!;
        return [k, { value: Math.round(v * 10) / 10, unit: UNITS[suffix] ?? UNITS[k.split('.').at(-2)!] ?? 'B' }];
      }),
    );
  } finally {
    await b.close();
  }
}
