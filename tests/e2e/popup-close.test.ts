// A popup closes the moment focus leaves it. A tick made just before that must still be saved:
// the save has to be on its way when the page goes, not waiting for Preact's next frame.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extension } from '../../scripts/lib/launch.ts';
import { launchOnDemo } from './support/demo.ts';

const WHO_NEXT = /Who else would you suggest I talk to/;

async function tickShown(ext: Extension, site: Page): Promise<{ popup: Page; ticked: boolean }> {
  const popup = await ext.openPopupFor(site);
  const box = popup.getByRole('checkbox', { name: WHO_NEXT });
  await box.waitFor();
  return { popup, ticked: await box.isChecked() };
}

describe('closing the popup right after a change', () => {
  let ext: Extension;
  let site: Page;
  beforeAll(async () => {
    ({ ext, site } = await launchOnDemo());
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('keeps a question ticked or unticked just before the popup closed, every time', async () => {
    // Before the fix about one close in eight lost the change; twelve tries catch that most of the time,
    // and the unit test of useDebouncedSave catches it every time.
    const outcomes: boolean[] = [];
    for (let i = 0; i < 12; i++) {
      const { popup, ticked } = await tickShown(ext, site);
      await popup.getByRole('checkbox', { name: WHO_NEXT }).setChecked(!ticked);
      await popup.close();
      const again = await tickShown(ext, site);
      outcomes.push(again.ticked === !ticked);
      await again.popup.close();
    }
    expect(outcomes).toEqual(outcomes.map(() => true));
  });
});
