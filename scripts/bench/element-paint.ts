import type { Page } from 'playwright-core';

/** Longer than any page takes under load: past it the element was never marked or never painted. */
const PAINT_TIMEOUT_MS = 15_000;

/**
 * When the page first painted the element marked `elementtiming="<identifier>"`, from its
 * navigation start (Element Timing: the time a frame with its text was presented, the same kind
 * of time as the floor page's first contentful paint). Rejects, naming the mark, if none comes.
 */
export async function elementPainted(page: Page, identifier: string): Promise<number> {
  return page.evaluate(
    ({ identifier, timeout }) =>
      new Promise<number>((resolve, reject) => {
        setTimeout(
          () => reject(new Error(`No paint of an element marked elementtiming="${identifier}" within ${timeout} ms.`)),
          timeout,
        );
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { identifier: string; renderTime: number }[])
            if (entry.identifier === identifier) resolve(entry.renderTime);
        }).observe({ type: 'element', buffered: true });
      }),
    { identifier, timeout: PAINT_TIMEOUT_MS },
  );
}
