// The floor of the popup and the dashboard (see floor.ts): an extension page with no script and
// one line of text, in a copy of the build made for the bench, so the shipped build never holds it.
// Beside it, the popup's least possible work (INJECT_FLOOR_PAGE): what any popup that shows the
// tab's person must do, and nothing of ours but the capture's files.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const FLOOR_PAGE = 'bench-floor.html';

const HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Coffee Chat</title></head><body><p>Coffee Chat</p></body></html>\n';

/**
 * The popup's least possible work, opened as the popup is (`?tabId=N`): one module script, no
 * import, that looks the tab up (one call), injects the LinkedIn capture's files into it (one
 * call, the popup's own two files) and writes one line once the answer is back. A popup can paint
 * the person no earlier than this page paints its line; what the popup takes beyond it is ours
 * (its modules, Preact, the store's lookup, the card).
 */
export const INJECT_FLOOR_PAGE = 'bench-inject-floor.html';
const INJECT_FLOOR_SCRIPT = 'bench-inject-floor.js';
/** The files the popup injects on a LinkedIn page (capture-inject.ts), as the build names them. */
const LINKEDIN_CAPTURE_FILES = ['src/capture/inject/linkedin.js', 'capture-run.js'];
const INJECT_FLOOR_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Coffee Chat</title><script type="module" src="${INJECT_FLOOR_SCRIPT}"></script></head><body></body></html>\n`;
// The page's line says whether the capture came back, so a broken injection fails the bench
// (injectFloorPainted) instead of timing an error.
const INJECT_FLOOR_JS = `const tabId = Number(new URLSearchParams(location.search).get('tabId'));
chrome.tabs
  .get(tabId)
  .then(() => chrome.scripting.executeScript({ target: { tabId }, files: ${JSON.stringify(LINKEDIN_CAPTURE_FILES)} }))
  .then(
    ([first]) => first?.result ? 'captured' : 'nothing captured',
    (error) => \`failed: \${error}\`,
  )
  .then((line) => {
    const p = document.createElement('p');
    p.textContent = line;
    document.body.append(p);
  });
`;

/** A copy of `dist` with the two floor pages added; `remove` deletes the copy. */
export function distWithFloorPage(dist: string): { dist: string; remove: () => void } {
  for (const file of LINKEDIN_CAPTURE_FILES)
    if (!existsSync(join(dist, file)))
      throw new Error(`${join(dist, file)} is missing: where does the build put the capture now?`);
  const dir = mkdtempSync(join(tmpdir(), 'coffee-chat-bench-dist-'));
  cpSync(dist, dir, { recursive: true });
  writeFileSync(join(dir, FLOOR_PAGE), HTML);
  writeFileSync(join(dir, INJECT_FLOOR_PAGE), INJECT_FLOOR_HTML);
  writeFileSync(join(dir, INJECT_FLOOR_SCRIPT), INJECT_FLOOR_JS);
  return { dist: dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** When the page's first text was painted, from its navigation start (Paint Timing). */
export async function firstContentfulPaint(page: Page): Promise<number> {
  const paint = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false,
  );
  return Number(await paint.jsonValue());
}

/** INJECT_FLOOR_PAGE's first paint, its line once the capture came back; throws if it did not. */
export async function injectFloorPainted(page: Page): Promise<number> {
  const ms = await firstContentfulPaint(page);
  const line = await page.locator('p').textContent();
  if (line !== 'captured') throw new Error(`The inject floor page did not capture the tab: ${line}`);
  return ms;
}
