import type { CaptureResult } from '../domain/profile.ts';
import { PageCaptureError } from './page-capture-error.ts';
import type { TargetTab } from './target-tab.ts';

export { PageCaptureError };

export interface PageCapture {
  pageUrl: string | null;
  result: CaptureResult;
}

/**
 * Reads the tab the popup works on (found by target-tab.ts): what the capture found there, and
 * its address.
 */
export async function capturePage(target: Promise<TargetTab>): Promise<PageCapture> {
  // Loaded after the first paint: the injected files' paths and the capture's extension half
  // (finishing, cleaning, dates) are not needed to draw the popup's frame. Fetched while the
  // tab is looked up, not after.
  const capturing = import('../extension/capture-tab.ts');
  capturing.catch(() => undefined);
  const { tabId, pageUrl } = await target;
  if (tabId === null) throw new PageCaptureError('There is no tab to read.', null);
  // The tab's address picks the capture bundle for its site (one injection either way).
  try {
    const { captureTab } = await capturing;
    return { pageUrl, result: await captureTab(tabId, pageUrl) };
  } catch (error) {
    throw new PageCaptureError(error instanceof Error ? error.message : String(error), pageUrl);
  }
}
