import type { CaptureResult } from '../domain/profile.ts';
import browser from '../lib/browser.ts';
import { tabIdFromSearch, targetTabId } from './target-tab.ts';

export interface PageCapture {
  pageUrl: string | null;
  result: CaptureResult;
}

/** The capture could not run; `pageUrl` still lets the user add the person by hand. */
export class PageCaptureError extends Error {
  override name = 'PageCaptureError';
  constructor(
    message: string,
    readonly pageUrl: string | null,
  ) {
    super(message);
  }
}

/** Reads the tab the popup works on: its address and what the capture found there. */
export async function capturePage(search: string): Promise<PageCapture> {
  const tabId = tabIdFromSearch(search) ?? (await targetTabId(search));
  if (tabId === null) throw new PageCaptureError('There is no tab to read.', null);
  // The tab's address picks the capture bundle for its site (one injection either way).
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const pageUrl = tab?.url ?? null;
  try {
    // Loaded after the first paint: the injected files' paths and the capture's extension half
    // (finishing, cleaning, dates) are not needed to draw the popup's frame.
    const { captureTab } = await import('../extension/capture-tab.ts');
    return { pageUrl, result: await captureTab(tabId, pageUrl) };
  } catch (error) {
    throw new PageCaptureError(error instanceof Error ? error.message : String(error), pageUrl);
  }
}
