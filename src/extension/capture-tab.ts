import { finishCapture } from '../capture/finish.ts';
import { bundleFor } from '../capture/url.ts';
import { parseCaptureResult } from '../domain/capture-parse.ts';
import type { CaptureResult } from '../domain/profile.ts';
import browser from '../lib/browser.ts';
import { unavailable } from './capture-error.ts';
import { injectCapture } from './capture-inject.ts';

export { CAPTURE_FILES, CAPTURE_RUN_FILE, captureFilesFor } from './capture-inject.ts';

/**
 * The extension half of a tab's capture: what the page sent (`raw`, from injectCapture) is
 * hostile, so finishCapture checks its shape before use and does the rest of the capture here,
 * in the extension; the result is re-validated as well. `url` is the address the bundle was
 * chosen by. Throws a CaptureUnavailableError when even that fails.
 */
export function finishTabCapture(raw: unknown, url: string | null): CaptureResult {
  try {
    return parseCaptureResult(finishCapture(raw, bundleFor(url), url ?? ''));
  } catch (error) {
    throw unavailable(error);
  }
}

/**
 * Injects the capture for the tab's site into one tab and returns what it read, finished. The
 * bundle is chosen from `url` (the tab's address; looked up when not given).
 */
export async function captureTab(tabId: number, url?: string | null): Promise<CaptureResult> {
  let address: string | null;
  try {
    address = url !== undefined ? url : ((await browser.tabs.get(tabId)).url ?? null);
  } catch (error) {
    throw unavailable(error);
  }
  return finishTabCapture(await injectCapture(tabId, address), address);
}
