// The options page in the built extension: settings saved as typed survive a reload, template
// errors point at their place, Import contacts previews before writing, exports download,
// delete everything asks first, and axe finds nothing serious in light or dark.
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from '../../scripts/lib/launch.ts';

const OPTIONS = 'src/options/index.html';
const IMPORTS = 'tests/fixtures/imports';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('#save-status').getAttribute('data-state')).toBe('saved');
  expect(await page.locator('#save-status').textContent()).toContain('Saved');
}

describe('options page', () => {
  let ext: Extension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.openPage(OPTIONS, { width: 1100, height: 900 });
    await page.getByLabel('Your name').waitFor();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('keeps About you and availability after a reload', async () => {
    await page.getByLabel('Your name').fill('Wren Testfield');
    await page.getByLabel('Your pitch').fill('Soil scientist curious about product work.');
    await page.getByRole('button', { name: '+ Add a window' }).click();
    const days = page.getByRole('combobox', { name: 'Day' });
    await expect.poll(() => days.count()).toBe(6);
    await days.last().selectOption({ label: 'Saturday' });
    await page.getByLabel('From', { exact: true }).last().selectOption('09:00');
    await page.getByLabel('To', { exact: true }).last().selectOption('08:00');
    expect(await page.getByText('The end must be after the start.').count()).toBe(1);
    await page.getByLabel('To', { exact: true }).last().selectOption('11:00');
    expect(await page.getByText('The end must be after the start.').count()).toBe(0);
    await page.getByLabel('Meeting length (minutes)').fill('30');
    await page.getByLabel('Time zone').selectOption('Europe/Lisbon');
    await saved(page);
    const slots = page.getByTestId('slot-preview').locator('li');
    expect(await slots.count()).toBe(3);
    expect(await slots.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/:00\s?–\s?\d{1,2}:30\b/)]),
    );

    await page.reload();
    await page.getByLabel('Your name').waitFor();
    expect(await page.getByLabel('Your name').inputValue()).toBe('Wren Testfield');
    expect(await page.getByLabel('Your pitch').inputValue()).toBe('Soil scientist curious about product work.');
    expect(await page.getByLabel('Meeting length (minutes)').inputValue()).toBe('30');
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/Lisbon');
    expect(await days.count()).toBe(6);
    expect(await days.last().inputValue()).toBe('6');
    expect(await page.getByLabel('From', { exact: true }).last().inputValue()).toBe('09:00');
    expect(await page.getByLabel('To', { exact: true }).last().inputValue()).toBe('11:00');
  });

  it('shows a template error inline at its line and column, and resets to the default', async () => {
    await page.getByRole('radio', { name: 'Thank-you' }).check();
    await page.getByRole('checkbox', { name: /Show the template syntax/ }).check();
    const body = page.getByLabel('Body');
    await body.fill('Hi {{contact.firstName}},\n\nThanks, {{contact.fristName}}!');
    const errors = page.getByTestId('template-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('Body, line 3, column 9');
    expect(await errors.locator('mark').textContent()).toBe('{{contact.fristName}}');
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('template-preview').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Body, line 3, column 9' }).click();
    expect(
      await body.evaluate((el: HTMLTextAreaElement) => [document.activeElement === el, el.selectionStart]),
    ).toEqual([true, 35]);

    await page.getByRole('button', { name: 'Reset to default' }).click();
    expect(await errors.count()).toBe(0);
    expect(await page.getByTestId('template-preview').textContent()).toContain('Hi Marisol,');
    await page.getByRole('checkbox', { name: /Show the template syntax/ }).uncheck();
    await saved(page);
  });

  it('previews a Connections.csv chosen with Import contacts, imports it and sums up', async () => {
    await page.getByLabel('Import contacts').setInputFiles(`${IMPORTS}/Connections.csv`);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('5 to add');
    expect(await preview.textContent()).toContain('2 skipped');
    expect(await preview.getByRole('cell', { name: 'Zoë Brindlewick' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Import 5 people' }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('Imported LinkedIn connections: 5 contacts added, 0 updated');
    await expect.poll(() => page.getByTestId('contact-count').textContent()).toBe('5 contacts saved in this browser.');

    // The same file again changes nothing, and says so.
    await page.getByLabel('Import contacts').setInputFiles(`${IMPORTS}/Connections.csv`);
    await preview.waitFor();
    expect(await preview.textContent()).toContain('5 already up to date');
    expect(await page.getByRole('button', { name: 'Import 0 people' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('refuses a file that is not a contacts export, writing nothing', async () => {
    await page.getByLabel('Import contacts').setInputFiles(`${IMPORTS}/image.png`);
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/not a text file.*Nothing was imported/);
    expect(await page.getByTestId('contact-count').textContent()).toBe('5 contacts saved in this browser.');
  });

  it('fills About you from the own LinkedIn export, keeping what was typed', async () => {
    await page
      .getByLabel('Fill from my LinkedIn export')
      .setInputFiles([`${IMPORTS}/Profile.csv`, `${IMPORTS}/Positions.csv`, `${IMPORTS}/Skills.csv`]);
    const list = page.locator('.fill-list');
    await list.waitFor();
    expect(await list.textContent()).toMatch(/Your name\s*kept: you wrote one/);
    await page.getByRole('button', { name: /^Fill \d+ fields?$/ }).click();
    await expect.poll(() => page.getByLabel('Who you are now').inputValue()).toBe('Policy Analyst at Sorrel Analytics');
    expect(await page.getByLabel('Your name').inputValue()).toBe('Wren Testfield');
  });

  it('exports a JSON backup as a download, with the imported contacts', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^coffee-chat-backup-\d{4}-\d\d-\d\d\.json$/);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(backup.format).toBe('coffee-chat-backup');
    expect(backup.stores.contacts).toHaveLength(5);
    expect(backup.settings.user.name).toBe('Wren Testfield');
  });

  it('has no serious or critical axe violations in light and dark, wide and narrow', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    // The popup's width: the same page must still be readable and labelled.
    const narrow = await ext.openPage(OPTIONS, { width: 400, height: 800 });
    await narrow.getByLabel('Your name').waitFor();
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    expect(await seriousViolations(narrow)).toEqual([]);
    await narrow.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(narrow)).toEqual([]);
    await narrow.close();
  });

  it('works from the keyboard: section links move focus, arrows switch templates', async () => {
    await page.getByRole('radio', { name: 'Cold email' }).check();
    await page.getByRole('link', { name: 'Templates' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('templates');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Connection note' }).isChecked()).toBe(true);
    // Placeholders show as labelled chips; the raw tag stays behind them.
    const chip = page.getByRole('textbox', { name: 'Body' }).locator('.tpl-chip').first();
    expect(await chip.textContent()).toBe('their first name');
    expect(await chip.getAttribute('data-raw')).toContain('{{contact.firstName');
    expect(await page.getByTestId('template-preview').textContent()).toMatch(/\d+ \/ 200 characters/);
    // Premium allows 300 characters: the preview measures against the account the user has.
    await page.getByLabel('I have LinkedIn Premium (300-character notes)').check();
    await expect.poll(() => page.getByTestId('template-preview').textContent()).toMatch(/\d+ \/ 300 characters/);
    await saved(page);
    await page.getByLabel('I have LinkedIn Premium (300-character notes)').uncheck();
    await expect.poll(() => page.getByTestId('template-preview').textContent()).toMatch(/\d+ \/ 200 characters/);
    await saved(page);
  });

  it('deletes everything only after DELETE is typed in the dialog', async () => {
    const opener = page.getByRole('button', { name: 'Delete everything…' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
    await dialog.waitFor();
    const confirm = dialog.getByRole('button', { name: 'Delete everything' });
    expect(await confirm.isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('delete-confirm');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.getByTestId('contact-count').textContent()).toBe('5 contacts saved in this browser.');

    await opener.click();
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await confirm.click();
    await page.getByText('Everything was deleted.').waitFor();
    await expect.poll(() => page.getByTestId('contact-count').textContent()).toBe('No contacts saved yet.');
    await expect.poll(() => page.getByLabel('Your name').inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete everything…');
  });

  it('sent no request anywhere', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
