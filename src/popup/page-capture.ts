import type { CaptureResult } from '../domain/profile.ts';
import browser from '../lib/browser.ts';
import { captureTab } from '../lib/capture-tab.ts';
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
  // With the tab given in the address, the injection is requested before this returns.
  const tabId = tabIdFromSearch(search) ?? (await targetTabId(search));
  if (tabId === null) throw new PageCaptureError('There is no tab to read.', null);
  const result = captureTab(tabId);
  const tab = browser.tabs.get(tabId).catch(() => null);
  try {
    const found = await result;
    return { pageUrl: (await tab)?.url ?? null, result: found };
  } catch (error) {
    throw new PageCaptureError(error instanceof Error ? error.message : String(error), (await tab)?.url ?? null);
  }
}
