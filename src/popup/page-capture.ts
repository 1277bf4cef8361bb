import type { CaptureResult } from '../domain/profile.ts';
import { injectCapture } from '../extension/capture-inject.ts';
import { PageCaptureError } from './page-capture-error.ts';
import type { TargetTab } from './target-tab.ts';

export { PageCaptureError };

/** What the injected capture sent back from the tab the popup works on: raw, not yet finished. */
export interface PageRead {
  pageUrl: string | null;
  raw: unknown;
}

export interface PageCapture {
  pageUrl: string | null;
  result: CaptureResult;
}

/**
 * Reads the tab the popup works on (found by target-tab.ts): the page half of the capture, its
 * site's bundle chosen by the tab's address, one injection. main.tsx, the popup's small first
 * module, starts it the moment the popup opens; page-finish.ts finishes what comes back.
 */
export async function readPage(target: Promise<TargetTab>): Promise<PageRead> {
  const { tabId, pageUrl } = await target;
  if (tabId === null) throw new PageCaptureError('There is no tab to read.', null);
  try {
    return { pageUrl, raw: await injectCapture(tabId, pageUrl) };
  } catch (error) {
    throw new PageCaptureError(error instanceof Error ? error.message : String(error), pageUrl);
  }
}
