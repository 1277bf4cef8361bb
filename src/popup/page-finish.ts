import { finishTabCapture } from '../extension/capture-tab.ts';
import type { PageCapture, PageRead } from './page-capture.ts';
import { PageCaptureError } from './page-capture-error.ts';

/** The extension half of the popup's capture: what readPage brought back, finished and checked. */
export async function finishPage(read: Promise<PageRead>): Promise<PageCapture> {
  const { pageUrl, raw } = await read;
  try {
    return { pageUrl, result: finishTabCapture(raw, pageUrl) };
  } catch (error) {
    throw new PageCaptureError(error instanceof Error ? error.message : String(error), pageUrl);
  }
}
