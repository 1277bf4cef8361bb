import browser from '../lib/browser.ts';

/**
 * The tab the popup works on: `?tabId=N` when given (tests and automation open the
 * popup's page in a tab of its own), otherwise the active tab of the popup's window.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
