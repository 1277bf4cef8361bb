import { finishCapture } from '../capture/finish.ts';
import genericFile from '../capture/inject/generic.ts?iife';
import githubFile from '../capture/inject/github.ts?iife';
import linkedinFile from '../capture/inject/linkedin.ts?iife';
import researchGateFile from '../capture/inject/researchgate.ts?iife';
import scholarFile from '../capture/inject/scholar.ts?iife';
import { bundleFor } from '../capture/url.ts';
import { parseCaptureResult } from '../domain/capture-parse.ts';
import type { CaptureResult, Site } from '../domain/profile.ts';
import browser from '../lib/browser.ts';
import { unavailable } from './capture-error.ts';

/** Each site's built capture script, its path inside the extension: a page receives only its own. */
export const CAPTURE_FILES: Record<Site, string> = {
  linkedin: linkedinFile,
  scholar: scholarFile,
  researchgate: researchGateFile,
  github: githubFile,
  generic: genericFile,
};
/**
 * A one-line file (public/capture-run.js, not bundled, no comment: it counts towards the
 * capture's size budget) that calls the function the capture script installs. Its value, the
 * capture, is the value of the injection.
 */
export const CAPTURE_RUN_FILE = 'capture-run.js';

/** The files one injection runs for a page at `url`: its site's capture, then the call. */
export function captureFilesFor(url: string | null | undefined): [string, string] {
  return [CAPTURE_FILES[bundleFor(url)], CAPTURE_RUN_FILE];
}

/**
 * Injects the capture for the tab's site into one tab (allowed by activeTab after the user's
 * click) and returns what it read. The bundle is chosen from `url` (the tab's address; looked up
 * when not given), so it is still one injection: two files, crxjs wraps the capture in an IIFE,
 * which swallows its last value, so the file installs a function and the second file, run right
 * after it in the same injection, calls it; a call's result is its last file's value.
 */
export async function captureTab(tabId: number, url?: string | null): Promise<CaptureResult> {
  try {
    const address = url !== undefined ? url : ((await browser.tabs.get(tabId)).url ?? null);
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: captureFilesFor(address) });
    // What comes back from a web page is hostile: finishCapture checks its shape before use and
    // does the rest of the capture here, in the extension; the result is re-validated as well.
    return parseCaptureResult(finishCapture(first?.result, bundleFor(address), address ?? ''));
  } catch (error) {
    throw unavailable(error);
  }
}
