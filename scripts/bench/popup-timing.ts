import type { Figure } from '../bench.ts';
import { DEMO_URL } from '../lib/demo.ts';
import type { Extension } from '../lib/launch.ts';
import { elementPainted } from './element-paint.ts';
import { alternate, median, timedFigure } from './floor.ts';
import { FLOOR_PAGE, firstContentfulPaint, INJECT_FLOOR_PAGE, injectFloorPainted } from './floor-page.ts';

const RUNS = 10;

/**
 * From the popup opening (a toolbar click opens it) to the captured person on screen: when the
 * person's name (its `elementtiming="profile-name"`) was first painted, from the popup's navigation
 * start. Its floor is the empty extension page opened the same way (a tab of 400 × 600), to its
 * first contentful paint: both are the time a frame with the text was presented.
 *
 * In the same turns, the popup's least possible work (`popup.inject-floor`, floor-page.ts: the tab
 * looked up, the capture injected, one line painted): a popup cannot show the person sooner, so
 * `popup.profile-shown.over-inject.ratio` (popup ÷ it) is what our own code adds.
 */
export async function popupTiming(ext: Extension): Promise<Record<string, Figure>> {
  const site = await ext.openSite(DEMO_URL);
  await ext.clickToolbar(DEMO_URL);
  const tabId = await ext.tabIdOf(site);
  const injectTimes: number[] = [];
  const { times, floorTimes } = await alternate(
    RUNS,
    async () => {
      const popup = await ext.openPopupFor(site);
      await popup.getByTestId('profile-name').waitFor();
      const ms = await elementPainted(popup, 'profile-name');
      await popup.close();
      return ms;
    },
    async () => {
      // Both floors in one turn, so a burst of load falls on the popup's run and both of them.
      const inject = await ext.openPage(`${INJECT_FLOOR_PAGE}?tabId=${tabId}`, { width: 400, height: 600 });
      injectTimes.push(await injectFloorPainted(inject));
      await inject.close();
      const page = await ext.openPage(FLOOR_PAGE, { width: 400, height: 600 });
      const ms = await firstContentfulPaint(page);
      await page.close();
      return ms;
    },
  );
  await site.close();
  return {
    ...timedFigure('popup.profile-shown', times, floorTimes),
    ...timedFigure('popup.inject-floor', injectTimes, floorTimes),
    'popup.profile-shown.over-inject.ratio': {
      value: Math.round((median(times) / median(injectTimes)) * 100) / 100,
      unit: '×',
    },
  };
}
