// extract(doc, url): the capture the extension would run on this page: the bundle chosen
// from the URL (bundleFor, the same choice src/extension/capture-tab.ts makes before injecting),
// run by captureWith. For Node (tests, `npm run capture`, check:real); pure, never throws.
import type { CaptureResult } from '../domain/profile.ts';
import { BUNDLES } from './bundles/index.ts';
import { captureWith } from './capture.ts';
import { bundleFor } from './url.ts';

export function extract(doc: Document, url: string): CaptureResult {
  return captureWith(BUNDLES[bundleFor(url)], doc, url);
}
