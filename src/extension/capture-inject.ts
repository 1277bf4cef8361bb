// The injection half of capturing a tab: which files go in, and the one executeScript call that
// runs them. Its own file, free of the capture's extension half (finish.ts): the popup's first
// module imports only this, so reading the page starts before the rest of the popup has loaded.
import genericFile from '../capture/inject/generic.ts?iife';
import githubFile from '../capture/inject/github.ts?iife';
import linkedinFile from '../capture/inject/linkedin.ts?iife';
import researchGateFile from '../capture/inject/researchgate.ts?iife';
import scholarFile from '../capture/inject/scholar.ts?iife';
import { bundleFor } from '../capture/url.ts';
import type { Site } from '../domain/profile.ts';
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
 * Injects the capture for the page at `url` into one tab (allowed by activeTab after the user's
 * click) and returns what the page half read: raw and hostile, for finishTabCapture
 * (capture-tab.ts). One round trip: two files, crxjs wraps the capture in an IIFE, which swallows
 * its last value, so the file installs a function and the second file, run right after it in the
 * same injection, calls it; a call's result is its last file's value. Throws a
 * CaptureUnavailableError when the page cannot be scripted.
 */
export async function injectCapture(tabId: number, url: string | null): Promise<unknown> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: captureFilesFor(url) });
    return first?.result;
  } catch (error) {
    throw unavailable(error);
  }
}
