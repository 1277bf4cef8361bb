import browser from '../lib/browser.ts';

/** A web page in a new tab, through the tabs API as the popup opens the dashboard (open-dashboard.ts). */
export function openTab(url: string): void {
  void browser.tabs.create({ url });
}
