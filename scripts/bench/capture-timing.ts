import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../src/capture/fixtures.ts';
import { bundleFor } from '../../src/capture/url.ts';
import type { Site } from '../../src/domain/profile.ts';
import type { Figure } from '../bench.ts';
import { fixtureUrl } from '../lib/fixture-url.ts';
import type { Extension } from '../lib/launch.ts';
import { median, timedFigure } from './floor.ts';

const DIR = 'tests/fixtures/pages';
const RUNS = 15;

export function linkedinFixtures(): { file: string; url: string; html: string }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.html') && (f.startsWith('linkedin') || f === 'demo-profile.html'))
    .map((f) => {
      const html = readFileSync(join(DIR, f), 'utf8');
      return { file: f, url: fixtureUrl(f, html), html };
    })
    .filter((f) => f.url.includes('linkedin.com/in/'));
}

/** One fixture per non-LinkedIn bundle kind, served at the address the unit tests give it. */
function otherFixtures(): { file: string; url: string; html: string }[] {
  return Object.entries(FIXTURES)
    .filter(([, url]) => bundleFor(url) !== 'linkedin')
    .map(([file, url]) => ({ file, url, html: readFileSync(join(DIR, file), 'utf8') }));
}

/**
 * Time of the capture inside the page, in real Chromium, per fixture (median of RUNS), with the
 * bundle the extension picks for its address: the LinkedIn figures as before, and one median
 * per other bundle.
 */
export async function captureTiming(ext: Extension, pages: Record<string, string>): Promise<Record<string, Figure>> {
  const perPage: number[] = [];
  const perPageFloor: number[] = [];
  const perBundle: Partial<Record<Site, number[]>> = {};
  // tsx (esbuild's keepNames) wraps functions in __name(); code sent to the worker needs it too.
  await ext.worker.evaluate('globalThis.__name ??= (f) => f');
  // Several fixtures share a URL (layouts of one person): each is served in turn.
  for (const { url, html } of [...linkedinFixtures(), ...otherFixtures()]) {
    const bundle = bundleFor(url);
    pages[url] = html;
    const page = await ext.openSite(url);
    await ext.clickToolbar(url);
    const tabId = await ext.tabIdOf(page);
    const times = (await ext.worker.evaluate(
      async ([id, runs, site]) => {
        const api = (
          globalThis as unknown as {
            chrome: { scripting: { executeScript(o: object): Promise<{ result: unknown }[]> } };
          }
        ).chrome;
        const file = (globalThis as unknown as { coffeeChat: { captureFiles: Record<string, string> } }).coffeeChat
          .captureFiles[site] as string;
        await api.scripting.executeScript({ target: { tabId: id }, files: [file] });
        const [r] = await api.scripting.executeScript({
          target: { tabId: id },
          args: [runs],
          // The capture, then its floor (one full TreeWalker pass over the same page), in turn.
          func: (n: number) => {
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
          },
        });
        return r?.result;
      },
      [tabId, RUNS, bundle] as const,
    )) as { capture: number[]; walk: number[] };
    if (bundle === 'linkedin') {
      perPage.push(median(times.capture));
      perPageFloor.push(median(times.walk));
    } else perBundle[bundle] = [...(perBundle[bundle] ?? []), median(times.capture)];
    await page.close();
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    // Over the LinkedIn pages: the median and the worst page (each page's figure the median of
    // its RUNS), its floor the same pages' TreeWalker passes (floor.ts).
    ...timedFigure('capture', perPage, perPageFloor, 2),
    'capture.pages': { value: perPage.length, unit: 'pages' },
    ...Object.fromEntries(
      Object.entries(perBundle).map(([site, times]) => [
        `capture.${site}.median.ms`,
        { value: round(median(times)), unit: 'ms' },
      ]),
    ),
  };
}
