import { launchExtension } from './lib/launch.ts';
const out = '/tmp/options-shots';
for (const scheme of ['light', 'dark'] as const) {
  const ext = await launchExtension({ colorScheme: scheme });
  const page = await ext.openPage('src/options/index.html', { width: 1100, height: 900 });
  page.on('console', (m) => console.log(scheme, m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.getByLabel('Your name').waitFor();
  await page.screenshot({ path: `${out}/${scheme}-full.png`, fullPage: true });
  if (scheme === 'light') {
    await page.getByLabel('Import contacts').setInputFiles('tests/fixtures/imports/Connections.csv');
    await page.getByTestId('import-preview').waitFor();
    await page.locator('#data').screenshot({ path: `${out}/${scheme}-import-preview.png` });
    const narrow = await ext.openPage('src/options/index.html', { width: 400, height: 800 });
    await narrow.getByLabel('Your name').waitFor();
    await narrow.screenshot({ path: `${out}/narrow.png`, fullPage: true });
  }
  console.log('stray', ext.strayRequests);
  await ext.close();
}
