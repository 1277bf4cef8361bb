// LinkedIn's data export as downloaded: a synthetic export ZIP (made-up people, Connections.csv
// in a sub-folder among files we ignore) goes through Import contacts in the built extension;
// the preview names the file used and the ones ignored, and the people appear in the dashboard.
// The same ZIP fills About you. A hostile archive is refused with its reason and writes nothing.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from '../../scripts/lib/launch.ts';
import { EXPORT_PEOPLE, makeZip, syntheticExportZip } from '../fixtures/generate/export-zip.ts';
import { dbAll } from './support/store.ts';

const OPTIONS = 'src/options/index.html';
const zipFile = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'application/zip',
  buffer: Buffer.from(bytes),
});
const NAMES = EXPORT_PEOPLE.map(([first, last]) => `${first} ${last}`);

describe('importing LinkedIn’s export ZIP', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('refuses a ZIP whose names climb out of their folder, and writes nothing', async () => {
    const page = await ext.openPage(OPTIONS, { width: 1100, height: 900 });
    await page
      .getByLabel('Import contacts')
      .setInputFiles(zipFile('evil.zip', makeZip([{ name: '../Connections.csv', data: 'First Name\n' }])));
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/points outside its folder.*Nothing was imported/);
    expect(await dbAll(ext.worker, 'contacts')).toEqual([]);
    await page.close();
  });

  it('previews the export ZIP, says which files were used and ignored, imports, and the dashboard lists the people', async () => {
    const page = await ext.openPage(OPTIONS, { width: 1100, height: 900 });
    await page
      .getByLabel('Import contacts')
      .setInputFiles(zipFile('Basic_LinkedInDataExport_03-14-2025.zip', syntheticExportZip()));
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('3 to add');
    const files = preview.getByTestId('archive-files');
    expect(await files.textContent()).toContain('used: Basic_LinkedInDataExport_03-14-2025/Network/CONNECTIONS.csv');
    expect(await files.textContent()).toContain('Ignored 5 other files');
    await files.getByText(/Ignored 5 other files/).click();
    expect(await files.getByRole('listitem').allTextContents()).toContain(
      'Basic_LinkedInDataExport_03-14-2025/messages.csv',
    );

    expect(await files.getByRole('link', { name: /About you/ }).count()).toBe(1);

    await page.getByRole('button', { name: 'Import 3 people' }).click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toContain('3 contacts added');
    await page.close();

    const dashboard = await ext.openPage('src/dashboard/index.html', { width: 1280, height: 900 });
    for (const name of NAMES) await dashboard.getByText(name, { exact: true }).first().waitFor();
    expect(await dbAll(ext.worker, 'contacts')).toHaveLength(3);
    await dashboard.close();
  });

  it('the preview of a ZIP already imported says so, and its file list passes axe in light and dark', async () => {
    const page = await ext.openPage(OPTIONS, { width: 1100, height: 900 });
    await page
      .getByLabel('Import contacts')
      .setInputFiles(zipFile('Basic_LinkedInDataExport_03-14-2025.zip', syntheticExportZip()));
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('3 already up to date');
    await preview.getByText(/Ignored 5 other files/).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).include('[data-testid="import-preview"]').analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    }
    await page.close();
  });

  it('fills About you from the same ZIP, naming the files it read', async () => {
    const page = await ext.openPage(OPTIONS, { width: 1100, height: 900 });
    await page
      .getByLabel('Fill from my LinkedIn export')
      .setInputFiles(zipFile('Basic_LinkedInDataExport_03-14-2025.zip', syntheticExportZip()));
    const list = page.locator('.fill-list');
    await list.waitFor();
    expect(await list.textContent()).toContain('Wren Halloway');
    expect(await page.getByTestId('archive-files').textContent()).toContain(
      'used: Basic_LinkedInDataExport_03-14-2025/Profile.csv, Basic_LinkedInDataExport_03-14-2025/positions.csv',
    );
    await page.getByRole('button', { name: /^Fill \d+ fields?$/ }).click();
    await expect.poll(() => page.getByLabel('Your name').inputValue()).toBe('Wren Halloway');
    await page.close();
  });

  it('sent no request anywhere', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
