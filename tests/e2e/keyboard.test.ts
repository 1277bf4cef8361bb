// The main journey by keyboard alone (issue 8): About you in the options page, then the popup on
// the demo profile (choose a question, switch to the Message tab with the arrow keys, copy,
// save as reached out), then the dashboard (search, open the contact, move its stage).
// No mouse clicks: only Tab, Shift+Tab, Enter, Space, arrow keys and typing. At every stop the
// focused control must show a visible focus ring.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extension } from '../../scripts/lib/launch.ts';
import { launchOnDemo } from './support/demo.ts';
import { focused, named, tabTo } from './support/keyboard.ts';
import { dbAll } from './support/store.ts';

describe('the main journey, keyboard only', () => {
  let ext: Extension;
  let site: Page;
  beforeAll(async () => {
    ({ ext, site } = await launchOnDemo());
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('options: fills About you', async () => {
    const options = await ext.openPage('src/options/index.html', { width: 1100, height: 900 });
    await options.locator('#save-status').waitFor({ state: 'attached' });
    await tabTo(options, named('Your name'));
    await options.keyboard.type('Noor Valdéz');
    await tabTo(options, named('Your pitch'));
    await options.keyboard.type('I study hydrology and want to learn how research teams run studies.');
    await expect.poll(() => options.locator('#save-status').getAttribute('data-state')).toBe('saved');
    await options.close();
  });

  it('popup: picks a question, switches to Message, copies and saves as reached out', async () => {
    const popup = await ext.openPopupFor(site);
    await popup.getByTestId('profile-name').waitFor();
    const question = popup.getByRole('checkbox', { name: /Who else would you suggest I talk to/ });
    await tabTo(popup, (f) => f.tag === 'input' && /Who else would you suggest I talk to/.test(f.name), { max: 120 });
    // In the plan by default: Space takes it out, and puts it back.
    expect(await question.isChecked()).toBe(true);
    await popup.keyboard.press('Space');
    expect(await question.isChecked()).toBe(false);
    await popup.keyboard.press('Space');
    expect(await question.isChecked()).toBe(true);

    // Back up to the tab list and move along it with the arrow keys.
    await tabTo(popup, (f) => f.role === 'tab', { back: true });
    await popup.keyboard.press('ArrowRight');
    expect(await focused(popup)).toMatchObject({ role: 'tab', name: 'Message', ring: true });
    await expect.poll(() => popup.getByRole('tab', { name: 'Message' }).getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => popup.getByRole('textbox', { name: 'Message', exact: true }).inputValue())
      .toContain('Noor Valdéz');

    await tabTo(popup, (f) => f.tag === 'button' && f.name === 'Copy');
    await popup.keyboard.press('Enter');
    // The prompt takes focus itself, so Enter answers it.
    await expect.poll(async () => (await focused(popup))?.name).toBe('Save as reached out');
    expect((await focused(popup))?.ring).toBe(true);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('saved-status').textContent()).toContain('Reached out');
    await popup.close();
  });

  it('dashboard: searches, opens the contact and moves its stage', async () => {
    const dash = await ext.openPage('src/dashboard/index.html', { width: 1280, height: 900 });
    await dash.locator('#cc-search').waitFor();
    await tabTo(dash, (f) => f.id === 'cc-search');
    await dash.keyboard.type('Marchetti');
    await tabTo(dash, (f) => f.tag === 'button' && f.name.startsWith('Lena Marchetti'));
    await dash.keyboard.press('Enter');
    await expect.poll(() => dash.getByTestId('detail-name').textContent()).toBe('Lena Marchetti');

    await tabTo(dash, (f) => f.id === 'cc-stage');
    expect(await dash.locator('#cc-stage').inputValue()).toBe('reached-out');
    await dash.keyboard.press('ArrowDown'); // a closed select steps to the next option
    await expect.poll(async () => (await dbAll(ext.worker, 'contacts'))[0]?.['stage']).toBe('scheduled');
    // And the "Move to …" button, reached from the select, does the next step.
    // The detail re-reads the stored contact after the change; then the button names the next step.
    await dash.getByRole('button', { name: 'Move to Met' }).waitFor();
    await tabTo(dash, (f) => f.tag === 'button' && f.name === 'Move to Met');
    await dash.keyboard.press('Enter');
    await expect.poll(async () => (await dbAll(ext.worker, 'contacts'))[0]?.['stage']).toBe('met');
    await dash.close();
  });

  it('sent no request anywhere but the fixtures', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
