import type { Figure } from '../bench.ts';
import { DEMO_URL } from '../lib/demo.ts';
import type { Extension } from '../lib/launch.ts';
import { alternate, timedFigure } from './floor.ts';
import { FLOOR_PAGE, firstContentfulPaint } from './floor-page.ts';

const RUNS = 10;

/**
 * From the popup opening (a toolbar click opens it) to the captured person on screen:
 * the popup marks `coffee-chat:profile-shown`, measured from its navigation start. Its floor is
 * the empty extension page opened the same way (a tab of 400 × 600), to its first paint.
 */
export async function popupTiming(ext: Extension): Promise<Record<string, Figure>> {
  const site = await ext.openSite(DEMO_URL);
  await ext.clickToolbar(DEMO_URL);
  const { times, floorTimes } = await alternate(
    RUNS,
    async () => {
      const popup = await ext.openPopupFor(site);
      await popup.getByTestId('profile-name').waitFor();
      // The mark follows the name's first paint (an effect runs after the frame): wait for it.
      const mark = await popup.waitForFunction(
        () => performance.getEntriesByName('coffee-chat:profile-shown')[0]?.startTime ?? false,
      );
      const ms = Number(await mark.jsonValue());
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
