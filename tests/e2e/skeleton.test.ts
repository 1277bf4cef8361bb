// The repair loop in real Chromium: "Capture looks wrong?" in the popup builds the page skeleton
// in the tab, shows its start, and copies it; no name from the page is in it.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extension } from '../../scripts/lib/launch.ts';
import { launchOnDemo } from './support/demo.ts';

describe('Capture looks wrong?', () => {
  let ext: Extension;
  let site: Page;
  beforeAll(async () => {
    ({ ext, site } = await launchOnDemo());
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('makes a page skeleton on click, with the person’s name and words replaced, and copies it', async () => {
    const popup = await ext.openPopupFor(site);
    const name = (await popup.getByTestId('profile-name').textContent())?.trim() ?? '';
    expect(name.length).toBeGreaterThan(2);
    await popup.getByRole('button', { name: 'Capture looks wrong?' }).click();
    const preview = popup.getByRole('textbox', { name: 'Page skeleton (start)' });
    await preview.waitFor();
    const text = await preview.inputValue();
    expect(text).toMatch(/^<!doctype html>\n<!-- Coffee Chat page skeleton/);
    expect(text).toMatch(/Page address: https:\/\/www\.linkedin\.com\/in\/x+[a-z]*/);
    for (const word of name.split(/\s+/)) expect(text).not.toContain(word);
    // The whole skeleton, as copied, has no name either and keeps the page's structure.
    await popup.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.getByRole('button', { name: 'Copy skeleton' }).click();
    await popup.getByText('Copied to the clipboard.').waitFor();
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied.length).toBeGreaterThan(text.length - 10);
    for (const word of name.split(/\s+/)) expect(copied).not.toContain(word);
    expect(copied).toMatch(/<h1[^>]*>/);
    expect(copied).not.toMatch(/<script(?![^>]*ld\+json)/);
    mkdirSync('/tmp/capture-split', { recursive: true });
    await popup.screenshot({ path: '/tmp/capture-split/popup-skeleton.png', fullPage: true });
    await popup.close();
  });
});
