import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { syntheticExportZip } from '../../tests/fixtures/generate/export-zip.ts';
import { DEMO_SEARCH_URL } from './demo.ts';
import type { Extension } from './launch.ts';

const DEMO_USER: [string, string][] = [
  ['Your name', 'Noor Valdéz'],
  ['Who you are now', 'a final-year MSc student in hydrology'],
  ['Field you want to learn about', 'user research in public-sector tech'],
  [
    'What you want to learn',
    'How research teams choose their methods, and how people move into the field from science.',
  ],
  [
    'Your pitch',
    'I have spent two years interviewing farmers about water use and want to do that kind of work on products.',
  ],
];

/** One picture of each extension page and popup state, with the demo profile as the popup's target. */
export async function takeScreenshots(ext: Extension, demo: Page, dir: string): Promise<string[]> {
  const files: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const file = join(dir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  };

  // A made-up user fills About you first, as a new user would, so the drafts are theirs.
  const setup = await ext.openPage('src/options/index.html', { width: 1100, height: 800 });
  for (const [label, value] of DEMO_USER) await setup.getByLabel(label, { exact: true }).fill(value);
  await setup.waitForFunction(() => document.querySelector('#save-status')?.getAttribute('data-state') === 'saved');
  await setup.close();

  // The popup on a profile: captured, the message tab, then saved.
  await ext.clickToolbar(demo.url());
  const popup = await ext.openPopupFor(demo);
  await popup.getByTestId('profile-name').waitFor();
  await popup.getByRole('checkbox').first().check();
  await shoot(popup, 'popup-captured');
  await popup.getByRole('tab', { name: 'Message' }).click();
  await popup.getByRole('textbox', { name: 'Message', exact: true }).waitFor();
  await shoot(popup, 'popup-message');
  await popup.getByRole('radio', { name: 'Connection note' }).check();
  await shoot(popup, 'popup-connection-note');
  await popup.getByRole('button', { name: /save contact/i }).click();
  await popup.getByTestId('saved-status').waitFor();
  await shoot(popup, 'popup-saved');
  await popup.close();

  // The popup on a page that is not a profile (search results).
  const search = await ext.openSite(DEMO_SEARCH_URL);
  await ext.clickToolbar(DEMO_SEARCH_URL);
  const onSearch = await ext.openPopupFor(search);
  await onSearch.getByRole('status').filter({ hasText: /./ }).first().waitFor();
  await onSearch.waitForTimeout(300);
  await shoot(onSearch, 'popup-not-profile');
  await onSearch.close();

  for (const [name, path] of [
    ['options', 'src/options/index.html'],
    ['meeting-empty', 'src/meeting/index.html'],
  ] as const) {
    const page = await ext.openPage(path, { width: 1100, height: 800 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await shoot(page, name);
    await page.close();
  }

  // The dashboard on the saved demo person, then a meeting scheduled and started from it.
  const again = await ext.openPopupFor(demo);
  await again.getByTestId('saved-status').waitFor();
  const opened = ext.context.waitForEvent('page', (p) => p.url().includes('/src/dashboard/'));
  await again.getByRole('button', { name: 'Open in dashboard' }).click();
  const dashboard = await opened;
  await again.close();
  await dashboard.setViewportSize({ width: 1280, height: 900 });
  await dashboard.locator('#cc-stage').waitFor();
  await dashboard.waitForTimeout(300);
  await shoot(dashboard, 'dashboard');
  const book = dashboard.getByRole('button', { name: 'Schedule meeting' });
  if (!(await book.isVisible())) await dashboard.getByText('Schedule a meeting').click();
  await book.click();
  await dashboard.getByText('Meeting booked').waitFor();
  const meetingOpened = ext.context.waitForEvent('page', (p) => p.url().includes('/src/meeting/'));
  await dashboard.getByRole('status').getByRole('button', { name: 'Start meeting' }).click();
  const meeting = await meetingOpened;
  await meeting.locator('.mt-clock').waitFor();
  await meeting.getByRole('checkbox').first().check();
  await meeting
    .getByRole('textbox', { name: 'Notes', exact: true })
    .fill('Runs a research ops guild across three product teams.\nDiary studies before any redesign.');
  await meeting.waitForTimeout(500);
  await shoot(meeting, 'meeting');
  await meeting.close();
  const tree = await ext.openPage('src/dashboard/index.html?view=tree', { width: 1100, height: 600 });
  await tree.waitForTimeout(500);
  await shoot(tree, 'referral-tree');
  await tree.close();
  await dashboard.close();

  // The whole pipeline of the seeded journey, with its counts per stage and the due reminders.
  const pipeline = await ext.openPage('src/dashboard/index.html', { width: 1280, height: 900 });
  await pipeline.locator('.cc-count').first().filter({ hasText: /^\d/ }).waitFor();
  await pipeline.waitForTimeout(300);
  await shoot(pipeline, 'dashboard-pipeline');
  await pipeline.close();

  // LinkedIn's export ZIP (synthetic, made-up people) chosen under Import contacts: the preview.
  const options = await ext.openPage('src/options/index.html', { width: 1100, height: 800 });
  await options.getByLabel('Import contacts').setInputFiles({
    name: 'Basic_LinkedInDataExport_03-14-2025.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(syntheticExportZip()),
  });
  const preview = options.getByTestId('import-preview');
  await preview.waitFor();
  await preview.getByText(/Ignored \d+ other files/).click();
  await preview.scrollIntoViewIfNeeded();
  await preview.screenshot({ path: join(dir, 'options-import-preview.png') });
  files.push(join(dir, 'options-import-preview.png'));
  await options.close();
  return files;
}
