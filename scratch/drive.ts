import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { findBrowser } from '../scripts/lib/find-browser.ts';

const ORIGIN = 'https://bench.coffee-chat.test';
const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
const variants = (args.find((a) => a.startsWith('--v='))?.slice(4) ?? 'old,new,floor').split(',');
const profile = args.find((a) => a.startsWith('--profile='))?.slice(10);
const result = await build({ configFile: false, logLevel: 'silent', build: { write: false, minify: !args.includes('--nomin'), lib: { entry: 'scratch/page.ts', formats: ['iife'], name: 'x' } } });
const out = (Array.isArray(result) ? result : [result])[0] as any;
const code = out.output.find((x: any) => x.type === 'chunk').code;
const b = await chromium.launch({ executablePath: findBrowser()!.path, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--js-flags=--expose-gc'] });
const page = await b.newPage();
await page.route('**/*', (route) => {
  const url = route.request().url();
  if (url === `${ORIGIN}/`) return route.fulfill({ contentType: 'text/html', body: '<!doctype html><script src="/b.js"></script>' });
  if (url === `${ORIGIN}/b.js`) return route.fulfill({ contentType: 'text/javascript', body: code });
  return route.abort();
});
await page.goto(`${ORIGIN}/`);
await page.evaluate(() => (globalThis as any).setup());
console.log(await page.evaluate(() => (globalThis as any).same()));
const times: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v, []]));
const cdp = profile ? await page.context().newCDPSession(page) : null;
if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); }
for (let i = 0; i < runs; i++) {
  for (const v of variants) {
    const prof = cdp && v === profile;
    if (prof) await cdp!.send('Profiler.start');
    const r = await page.evaluate((w) => (globalThis as any).once(w), v);
    if (prof) { const { profile: p } = await cdp!.send('Profiler.stop'); writeFileSync(`scratch/prof-${v}-${i}.cpuprofile`, JSON.stringify(p)); }
    times[v]!.push(r.ms);
    process.stdout.write(`${v} ${r.ms.toFixed(0)} (${r.bytes}) `);
  }
  console.log();
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const v of variants) console.log(v, 'median', med(times[v]!).toFixed(0), 'ratio to floor', times.floor ? (med(times[v]!) / med(times.floor)).toFixed(2) : '');
await b.close();
