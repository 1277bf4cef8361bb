// `npm start` (and `--screenshots`) only: fills the fresh browser profile with the made-up
// journey of scripts/lib/demo-journey.ts. The seed is bundled here, at launch, and evaluated in
// an extension page over the DevTools protocol: it is never part of dist/, so the shipped
// extension cannot run it (tests/unit/demo-seed.test.ts and tests/e2e/package.test.ts check).
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import type { JourneySummary } from './demo-journey.ts';
import type { Extension } from './launch.ts';

async function bundleSeed(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: {
        entry: fileURLToPath(new URL('./demo-seed-page.ts', import.meta.url)),
        formats: ['iife'],
        name: 'coffeeChatDemoSeedBundle',
      },
    },
  });
  const result = (Array.isArray(out) ? out[0] : out) as Rolldown.RolldownOutput;
  const chunk = result.output.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('The demo seed did not bundle.');
  return chunk.code;
}

/** Seeds the journey into the extension's database; returns what was written. */
export async function seedDemoJourney(ext: Extension, now = Date.now()): Promise<JourneySummary> {
  const code = await bundleSeed();
  const page = await ext.openPage('src/dashboard/index.html');
  try {
    await page.evaluate(code);
    return await page.evaluate(
      (at) =>
        (globalThis as unknown as { coffeeChatDemoSeed(now: number): Promise<JourneySummary> }).coffeeChatDemoSeed(at),
      now,
    );
  } finally {
    await page.close();
  }
}
