import browser from '../lib/browser.ts';

/** `?tabId=N`: tests and automation open the popup's page in a tab of its own, working on tab N. */
export function tabIdFromSearch(search: string): number | null {
  const param = new URLSearchParams(search).get('tabId');
  return param && /^\d+$/.test(param) ? Number(param) : null;
}

/** The tab the popup works on, and its address when the browser lets us see it. */
export interface TargetTab {
  tabId: number | null;
  pageUrl: string | null;
}

/**
 * The tab the popup works on: `?tabId=N` when given, otherwise the active tab of the popup's
 * window. One call to the browser either way: the query that finds the active tab also gives
 * its address (activeTab, granted by the toolbar click).
 */
export async function targetTab(search: string): Promise<TargetTab> {
  const given = tabIdFromSearch(search);
  if (given !== null) {
    const tab = await browser.tabs.get(given).catch(() => null);
    return { tabId: given, pageUrl: tab?.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, pageUrl: tab?.url ?? null };
}

/** The id of the tab the popup works on (see targetTab). */
export async function targetTabId(search: string): Promise<number | null> {
  const given = tabIdFromSearch(search);
  if (given !== null) return given;
  return (await targetTab(search)).tabId;
}
