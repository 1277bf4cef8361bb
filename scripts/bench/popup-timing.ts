import type { Figure } from '../bench.ts';
import { DEMO_URL } from '../lib/demo.ts';
import type { Extension } from '../lib/launch.ts';

const RUNS = 10;

/**
 * From the popup opening (a toolbar click opens it) to the captured person on screen:
 * the popup marks `coffee-chat:profile-shown`, measured from its navigation start.
 */
export async function popupTiming(ext: Extension): Promise<Record<string, Figure>> {
  const site = await ext.openSite(DEMO_URL);
  await ext.clickToolbar(DEMO_URL);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const popup = await ext.openPopupFor(site);
    await popup.getByTestId('profile-name').waitFor();
    // The mark follows the name's first paint (an effect runs after the frame): wait for it.
    const mark = await popup.waitForFunction(
      () => performance.getEntriesByName('coffee-chat:profile-shown')[0]?.startTime ?? false,
    );
    times.push(Number(await mark.jsonValue()));
    await popup.close();
  }
  await site.close();
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    'popup.profile-shown.median.ms': { value: round(times[Math.floor(times.length / 2)] ?? -1), unit: 'ms' },
    'popup.profile-shown.worst.ms': { value: round(times.at(-1) ?? -1), unit: 'ms' },
  };
}
