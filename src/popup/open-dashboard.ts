import browser from '../lib/browser.ts';
import { dashboardPath } from '../lib/page-urls.ts';

/** The dashboard in a new tab, on one contact when given. */
export function openDashboard(contactId: string | null): void {
  void browser.tabs.create({ url: browser.runtime.getURL(dashboardPath(contactId)) });
}
