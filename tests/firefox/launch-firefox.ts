import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

// BiDi reports URLs with their fragment, which never reaches a server.
const withoutFragment = (url: string) => url.split('#')[0]!;

const originOf = (url: string | undefined) => (URL.canParse(url ?? '') ? new URL(url!).origin : '');

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface Firefox {
  browser: Browser;
  extensionId: string;
  /** A new tab with the fixtures served and every other request recorded and refused. */
  newPage(): Promise<Page>;
  /** Every request that was not a fixture: must stay empty. */
  strayRequests: string[];
  /** Resolves with the next request whose URL starts with `prefix` (answered with an empty page). */
  nextRequest(prefix: string, timeoutMs: number): Promise<string>;
  close(): Promise<void>;
}

// Anything that slips past interception goes to a closed local port instead of the network,
// and the browser's own background traffic (updates, telemetry, favicons) stays off.
const PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '',
  'browser.chrome.site_icons': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'app.normandy.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
};

/** Firefox ESR, headless, a fresh profile, one extension installed, fixtures served by interception. */
export async function launchFirefox(dist: string, pages: Record<string, string>): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'coffee-chat-firefox-'));
  let browser: Browser | undefined;
  const close = async () => {
    // A browser that does not close in time is killed: a leftover Firefox would eat a shared core.
    const proc = browser?.process();
    await Promise.race([browser?.close(), new Promise((r) => setTimeout(r, 10_000))]).catch(() => {});
    if (proc && proc.exitCode === null) proc.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: PREFS,
    });
    const extensionId = await browser.installExtension(resolve(dist));
    const strayRequests: string[] = [];
    const fixtureOrigins = new Set(Object.keys(pages).map(originOf));
    const waiters: { prefix: string; resolve: (url: string) => void }[] = [];
    const answer = async (request: HTTPRequest) => {
      const url = request.url();
      const waiter = waiters.find((w) => url.startsWith(w.prefix));
      if (waiter) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(url);
        return request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><title>ok</title>',
        });
      }
      // Inline data (the fixture's embedded font) never touches the network.
      if (url.startsWith('data:')) return request.continue();
      const html = pages[withoutFragment(url)];
      if (html !== undefined)
        return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      // A fixture page's own images (profile photos on a CDN) get a blank picture, as in the
      // Chromium tests. BiDi gives Firefox no resource type and the frame's URL lags behind
      // navigations, so the fetch headers tell: an image, asked for by a fixture site.
      const headers = request.headers();
      if (headers['sec-fetch-dest'] === 'image' && fixtureOrigins.has(originOf(headers['referer']))) {
        return request.respond({ status: 200, contentType: 'image/png', body: BLANK_PNG });
      }
      strayRequests.push(url);
      return request.abort('blockedbyclient');
    };
    const newPage = async () => {
      const page = await browser!.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => void answer(request));
      return page;
    };
    const nextRequest = (prefix: string, timeoutMs: number) =>
      new Promise<string>((resolveUrl, reject) => {
        const timer = setTimeout(() => reject(new Error(`no request to ${prefix} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          prefix,
          resolve: (url) => {
            clearTimeout(timer);
            resolveUrl(url);
          },
        });
      });
    return { browser, extensionId, newPage, strayRequests, nextRequest, close };
  } catch (error) {
    await close();
    throw error;
  }
}
