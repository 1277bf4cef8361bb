// extract(doc, url): the capture the extension would run on this page, by the same two halves:
// the page half of the bundle chosen from the URL (bundleFor, the same choice
// src/extension/capture-tab.ts makes before injecting), then the extension half, finishCapture.
// For Node (tests, `npm run capture`, check:real); pure, never throws.
import type { CaptureResult } from '../domain/profile.ts';
import { BUNDLES } from './bundles/index.ts';
import { readWith } from './capture.ts';
import { finishCapture } from './finish.ts';
import { bundleFor } from './url.ts';

export function extract(doc: Document, url: string): CaptureResult {
  const site = bundleFor(url);
  // Through structuredClone, as executeScript hands the page's answer to the extension.
  return finishCapture(structuredClone(readWith(BUNDLES[site], doc, url)), site, url);
}
