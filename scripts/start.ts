// `npm start`: build, launch Chromium with the extension in a fresh profile, open the demo profile.
// `npm start -- --headless --screenshots DIR` does the same without a window and saves a
// screenshot of each extension page showing the demo person.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_URL, demoPages } from './lib/demo.ts';
import { seedDemoJourney } from './lib/demo-seed.ts';
import { findBrowser, INSTALL_HINT } from './lib/find-browser.ts';
import { launchExtension } from './lib/launch.ts';
import { takeScreenshots } from './lib/screenshots.ts';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const shotsAt = args.indexOf('--screenshots');
const shotsDir = shotsAt >= 0 ? args[shotsAt + 1] : undefined;
if (shotsAt >= 0 && !shotsDir) {
  console.error('--screenshots needs a folder, e.g. --screenshots /tmp/shots');
  process.exit(2);
}

const browser = findBrowser();
if (!browser) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`Browser: ${browser.path}`);
if (browser.branded) {
  console.warn(
    'This is Google-branded Chrome, which ignores --load-extension from version 137 on. If the extension is missing, install Chromium or load dist/chrome by hand (chrome://extensions → Developer mode → Load unpacked).',
  );
}

execFileSync(process.execPath, ['scripts/build.mjs', 'chrome'], { stdio: 'inherit' });

const ext = await launchExtension({ headless, pages: demoPages(), allowNetwork: !headless });
// A made-up user's journey so far, so every page shows what it is for (the demo profile itself stays unsaved).
const seeded = await seedDemoJourney(ext);
console.log(
  `Demo journey: ${seeded.contacts} made-up contacts (${seeded.imported} imported), ${seeded.interviews} meetings, ${seeded.referrals} referrals.`,
);
const demo = await ext.openSite(DEMO_URL);
console.log(`Coffee Chat ${ext.id} loaded. Demo profile: ${DEMO_URL}`);

if (shotsDir) {
  mkdirSync(shotsDir, { recursive: true });
  const files = await takeScreenshots(ext, demo, shotsDir);
  for (const f of files) console.log(`screenshot: ${join(f)}`);
}

if (headless) {
  if (ext.strayRequests.length) console.warn(`Blocked requests: ${ext.strayRequests.join(', ')}`);
  await ext.close();
} else {
  console.log('Click the Coffee Chat button in the toolbar (or press Alt+Shift+C). Close the browser to stop.');
  await new Promise<void>((done) => ext.context.on('close', () => done()));
}
