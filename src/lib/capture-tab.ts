import type { CaptureResult } from '../domain/profile.ts';
import { parseCaptureResult } from '../domain/capture-parse.ts';
import captureFile from '../capture/inject.ts?iife';
import browser from './browser.ts';

/** Why a capture could not even run (as opposed to a page that is not a profile). */
export class CaptureUnavailableError extends Error {
  override name = 'CaptureUnavailableError';
}

/** The built capture script's path inside the extension. */
export const CAPTURE_FILE = captureFile;
/**
 * A one-line file (public/capture-run.js, not bundled, no comment: it counts towards the
 * capture's size budget) that calls the function the capture script installs. Its value, the
 * capture, is the value of the injection.
 */
export const CAPTURE_RUN_FILE = 'capture-run.js';

/**
 * Injects the capture script into one tab (allowed by activeTab after the user's click)
 * and returns what it read. One call, two files: crxjs wraps the capture in an IIFE, which
 * swallows its last value, so the file installs a function and the second file, run right
 * after it in the same injection, calls it; a call's result is its last file's value.
 */
export async function captureTab(tabId: number): Promise<CaptureResult> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      files: [captureFile, CAPTURE_RUN_FILE],
    });
    // What comes back from a web page is hostile until parsed.
    return parseCaptureResult(first?.result);
  } catch (error) {
    throw new CaptureUnavailableError(
      error instanceof Error && /cannot access|cannot be scripted|permission/i.test(error.message)
        ? 'This page cannot be read by extensions (browser pages, the web store and PDF viewers are off limits).'
        : `The page could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
