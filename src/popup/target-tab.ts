import browser from '../lib/browser.ts';

/** `?tabId=N`: tests and automation open the popup's page in a tab of its own, working on tab N. */
export function tabIdFromSearch(search: string): number | null {
  const param = new URLSearchParams(search).get('tabId');
  return param && /^\d+$/.test(param) ? Number(param) : null;
}

/**
 * The tab the popup works on: `?tabId=N` when given, otherwise the active tab of the
 * popup's window.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const given = tabIdFromSearch(search);
  if (given !== null) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
