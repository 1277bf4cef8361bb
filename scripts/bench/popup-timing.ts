import type { Page } from 'playwright-core';
import type { Figure } from '../bench.ts';
import { DEMO_URL } from '../lib/demo.ts';
import type { Extension } from '../lib/launch.ts';
import { alternate, timedFigure } from './floor.ts';
import { FLOOR_PAGE, firstContentfulPaint } from './floor-page.ts';

const RUNS = 10;

/**
 * From the popup opening (a toolbar click opens it) to the captured person on screen: when the
 * person's name (its `elementtiming="profile-name"`) was first painted, from the popup's navigation
 * start. Its floor is the empty extension page opened the same way (a tab of 400 × 600), to its
 * first contentful paint: both are the time a frame with the text was presented.
 */
export async function popupTiming(ext: Extension): Promise<Record<string, Figure>> {
  const site = await ext.openSite(DEMO_URL);
  await ext.clickToolbar(DEMO_URL);
  const { times, floorTimes } = await alternate(
    RUNS,
    async () => {
      const popup = await ext.openPopupFor(site);
      await popup.getByTestId('profile-name').waitFor();
      const ms = await namePainted(popup);
      await popup.close();
      return ms;
    },
    async () => {
      const page = await ext.openPage(FLOOR_PAGE, { width: 400, height: 600 });
      const ms = await firstContentfulPaint(page);
      await page.close();
      return ms;
    },
  );
  await site.close();
  return timedFigure('popup.profile-shown', times, floorTimes);
}

/** When the popup first painted the person's name, from its navigation start (Element Timing). */
async function namePainted(popup: Page): Promise<number> {
  return popup.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { identifier: string; renderTime: number }[])
            if (entry.identifier === 'profile-name') resolve(entry.renderTime);
        }).observe({ type: 'element', buffered: true });
      }),
  );
}
