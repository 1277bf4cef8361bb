// The floor of the popup and the dashboard (see floor.ts): an extension page with no script and
// one line of text, in a copy of the build made for the bench, so the shipped build never holds it.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const FLOOR_PAGE = 'bench-floor.html';

const HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Coffee Chat</title></head><body><p>Coffee Chat</p></body></html>\n';

/** A copy of `dist` with the empty page added; `remove` deletes the copy. */
export function distWithFloorPage(dist: string): { dist: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'coffee-chat-bench-dist-'));
  cpSync(dist, dir, { recursive: true });
  writeFileSync(join(dir, FLOOR_PAGE), HTML);
  return { dist: dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** When the page's first text was painted, from its navigation start (Paint Timing). */
export async function firstContentfulPaint(page: Page): Promise<number> {
  const paint = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false,
  );
  return Number(await paint.jsonValue());
}
