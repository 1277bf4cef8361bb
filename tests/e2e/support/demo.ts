import type { Page } from 'playwright-core';
import { DEMO_URL, demoPages } from '../../../scripts/lib/demo.ts';
import { type Extension, launchExtension } from '../../../scripts/lib/launch.ts';

/** The built extension on the demo profile, its toolbar button already clicked (activeTab granted there); `more` pages served too. */
export async function launchOnDemo(more: Record<string, string> = {}): Promise<{ ext: Extension; site: Page }> {
  const ext = await launchExtension({ pages: { ...demoPages(), ...more } });
  const site = await ext.openSite(DEMO_URL);
  await ext.clickToolbar(DEMO_URL);
  return { ext, site };
}
