// The store bench page (store-bench-page.ts) as a page of the bench's copy of the build
// (floor-page.ts), so dashboard-timing.ts can run the store's own import in the extension's
// origin and profile, the same browser the options page imports in: the two are then timed on
// the same IndexedDB, the same disk and under the same load. The shipped build never holds it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Extension } from '../lib/launch.ts';

const PAGE = 'bench-store.html';
const SCRIPT = 'bench-store.js';

/** Adds the page and its script (`code`, from store-bench-bundle.ts) to the build copy at `dist`. */
export function addStoreBenchPage(dist: string, code: string): void {
  // A script file, not inline: extension pages allow only their own scripts.
  writeFileSync(join(dist, SCRIPT), code);
  writeFileSync(join(dist, PAGE), `<!doctype html><title>Store bench</title><script src="${SCRIPT}"></script>\n`);
}

export function openStoreBenchPage(ext: Extension): Promise<Page> {
  return ext.openPage(PAGE);
}
