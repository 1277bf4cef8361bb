import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_URL, demoPages } from '../../scripts/lib/demo.ts';
import { type Extension, launchExtension } from '../../scripts/lib/launch.ts';

const SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=research';
const LINKED_PERSON = 'https://www.linkedin.com/in/tomas-okonkwo-demo/';
const searchPage = `<!doctype html><html><head><title>Search | LinkedIn</title></head><body><main>
  <ul><li><a href="${LINKED_PERSON}"><span aria-hidden="true">Tomas Okonkwo</span><span class="visually-hidden">View Tomas Okonkwo’s profile</span></a></li></ul>
</main></body></html>`;

// Runs in the extension's service worker.
declare const chrome: { contextMenus: { update(id: string, props: object): Promise<void> } };
declare const coffeeChat: {
  saveContactFromMenu(
    t: { linkUrl: string | null; frameId: number },
    tabId: number,
    now: number,
  ): Promise<{
    ok: boolean;
    created?: boolean;
    message?: string;
    contact?: { stage: string; edits: { name?: string }; captured: unknown };
  }>;
};

describe('the built extension in Chromium', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension({ pages: { ...demoPages(), [SEARCH_URL]: searchPage } });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('starts its service worker from the built manifest', () => {
    expect(ext.id).toMatch(/^[a-p]{32}$/);
    expect(ext.worker.url()).toContain(`chrome-extension://${ext.id}/`);
  });

  it('asks for exactly the documented permissions and exposes nothing to web pages', () => {
    const manifest = JSON.parse(readFileSync('dist/chrome/manifest.json', 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(
      ['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'storage', 'unlimitedStorage'].sort(),
    );
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+C');
  });

  it('captures the profile after a real toolbar click and keeps it saved across reopening', async () => {
    const site = await ext.openSite(DEMO_URL);
    await ext.clickToolbar(DEMO_URL);
    const popup = await ext.openPopupFor(site);
    await expect.poll(() => popup.getByTestId('profile-name').textContent()).toBe('Lena Marchetti');
    expect(await popup.locator('[data-profile-url]').getAttribute('data-profile-url')).toBe(DEMO_URL);
    expect(await popup.getByTestId('saved-status').count()).toBe(0);

    await popup.getByRole('button', { name: 'Save contact' }).click();
    await popup.getByTestId('saved-status').waitFor();
    await popup.close();

    const again = await ext.openPopupFor(site);
    await again.getByTestId('saved-status').waitFor();
    expect(await again.getByTestId('saved-status').textContent()).toContain('To contact');
    // Saved and unchanged: the button does not claim there is something to update.
    expect(await again.getByRole('button', { name: 'Update contact' }).count()).toBe(0);
    expect(await again.getByRole('button', { name: 'Capture again' }).count()).toBe(1);
    await again.close();
    await site.close();
  });

  it('has a "Save contact" menu item that saves a person from a profile link', async () => {
    await expect(ext.worker.evaluate(() => chrome.contextMenus.update('save-contact', {}))).resolves.toBeUndefined();
    const site = await ext.openSite(SEARCH_URL);
    await ext.clickToolbar(SEARCH_URL);
    const tabId = await ext.tabIdOf(site);
    const first = await ext.worker.evaluate(
      ([url, id]) => coffeeChat.saveContactFromMenu({ linkUrl: url, frameId: 0 }, id, Date.now()),
      [LINKED_PERSON, tabId] as const,
    );
    expect(first.ok).toBe(true);
    expect(first.created).toBe(true);
    expect(first.contact?.stage).toBe('to-research');
    const again = await ext.worker.evaluate(
      ([url, id]) => coffeeChat.saveContactFromMenu({ linkUrl: url, frameId: 0 }, id, Date.now()),
      [LINKED_PERSON, tabId] as const,
    );
    expect(again.ok).toBe(true);
    expect(again.created).toBe(false);
    await site.close();
  });

  it('sent no request anywhere but the fixtures', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
