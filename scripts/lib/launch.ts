import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, type Route, type Worker } from 'playwright-core';
import { findBrowser, INSTALL_HINT } from './find-browser.ts';

// Only for code that runs inside the extension's service worker via worker.evaluate.
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** Every request that was not a fixture or the extension itself: must stay empty. */
  strayRequests: string[];
  /** Opens an extension page (path inside dist, e.g. "src/options/index.html") in a tab. */
  openPage(path: string, opts?: { width?: number; height?: number }): Promise<Page>;
  /** Opens a URL that is served from `pages` in a tab. */
  openSite(url: string): Promise<Page>;
  /** The real toolbar click on the tab showing `url`: grants activeTab, opens the real popup. */
  clickToolbar(url: string): Promise<void>;
  /** The popup's page in a tab of its own, working on the tab showing `url` (after clickToolbar). */
  openPopupFor(page: Page): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  dist?: string;
  headless?: boolean;
  /** URL → HTML served by request interception, so nothing reaches the network. */
  pages?: Record<string, string>;
  /** Let non-fixture requests through (a person browsing with `npm start`); tests never do. */
  allowNetwork?: boolean;
  /**
   * Route only the tabs openSite opens, not every request of the browser (`npm run bench`).
   * Playwright pauses each routed request until this process answers it, the extension's own
   * files included: a page that loads six scripts waits six times, which no user's browser does,
   * and which an empty floor page (its HTML only) hardly pays. Without the context-wide route,
   * requests are still recorded in strayRequests (not blocked by it), and none reaches the network:
   * every host name fails to resolve.
   */
  routeSitesOnly?: boolean;
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
}

/** The page a request came from; none for a service worker's own requests. */
function frameUrlOf(request: Request): string | undefined {
  return request.serviceWorker() ? undefined : request.frame().url();
}

export async function launchExtension(opts: LaunchOptions = {}): Promise<Extension> {
  const browser = findBrowser();
  if (!browser) throw new Error(INSTALL_HINT);
  const dist = resolve(opts.dist ?? 'dist/chrome');
  const ownProfile = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'coffee-chat-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browser.path,
    headless: opts.headless ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: null,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      ...(opts.routeSitesOnly ? ['--host-resolver-rules=MAP * ~NOTFOUND'] : []),
    ],
  });
  const strayRequests: string[] = [];
  const pages = opts.pages ?? {};
  const isFixturePage = (frameUrl: string | undefined) => frameUrl !== undefined && frameUrl in pages;
  const serve = (route: Route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const html = pages[url];
    if (html !== undefined) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    if (opts.allowNetwork) return route.continue();
    // A fixture page's own images (profile photos on a CDN) get a blank picture; the same
    // request from an extension page would be a leak and is recorded like any other.
    if (request.resourceType() === 'image' && isFixturePage(frameUrlOf(request))) {
      return route.fulfill({ contentType: 'image/png', body: BLANK_PNG });
    }
    strayRequests.push(url);
    return route.abort('blockedbyclient');
  };
  if (opts.routeSitesOnly) {
    context.on('request', (request) => {
      const url = request.url();
      if (/^https?:/.test(url) && !(url in pages) && !isFixturePage(frameUrlOf(request))) strayRequests.push(url);
    });
  } else {
    await context.route('**/*', serve);
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const id = new URL(worker.url()).host;
  const cdp = await context
    .browser()!
    .newBrowserCDPSession()
    .catch(() => null);

  async function tabIdOf(page: Page): Promise<number> {
    const url = page.url();
    const tabId = await worker.evaluate(async (u: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, url);
    if (tabId < 0) throw new Error(`No tab shows ${url}`);
    return tabId;
  }

  return {
    context,
    worker,
    id,
    strayRequests,
    async openPage(path, size) {
      const page = await context.newPage();
      if (size) await page.setViewportSize({ width: size.width ?? 1280, height: size.height ?? 800 });
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    async openSite(url) {
      const page = await context.newPage();
      if (opts.routeSitesOnly) await page.route('**/*', serve);
      await page.goto(url);
      return page;
    },
    async clickToolbar(url) {
      if (!cdp) throw new Error('This browser does not expose the toolbar to automation.');
      const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as unknown as {
        targetInfos: { type: string; url: string; targetId: string }[];
      };
      const tab = targetInfos.find((t) => t.type === 'tab' && t.url === url);
      if (!tab) throw new Error(`No tab target for ${url}`);
      await cdp.send('Extensions.triggerAction' as never, { id, targetId: tab.targetId } as never);
    },
    async openPopupFor(page) {
      const tabId = await tabIdOf(page);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${id}/src/popup/index.html?tabId=${tabId}`);
      return popup;
    },
    tabIdOf,
    async close() {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
