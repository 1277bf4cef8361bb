import { render } from 'preact';
import theme from '../ui/theme.css?inline';
import { App } from './App.tsx';
import type { PageRead } from './page-capture.ts';
import { finishPage } from './page-finish.ts';
import popupStyles from './popup.css?inline';
import type { TargetTab } from './target-tab.ts';
import { loadPopupState } from './use-popup-state.ts';

/**
 * The popup, once main.tsx has started reading the page: the store opens and looks up the tab's
 * address while the page is read, so the person card waits for the capture only.
 */
export function startPopup(tab: Promise<TargetTab>, read: Promise<PageRead>): void {
  const first = loadPopupState(
    finishPage(read),
    tab.then((t) => t.pageUrl),
  );
  // The styles come with this script rather than as files of their own: each file an extension
  // page fetches delays its first paint.
  const style = document.createElement('style');
  style.textContent = theme + popupStyles;
  document.head.append(style);
  render(<App first={first} />, document.getElementById('app')!);
}
