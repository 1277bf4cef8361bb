import { render } from 'preact';
import theme from '../ui/theme.css?inline';
import { App } from './App.tsx';
import { capturePage } from './page-capture.ts';
import popupStyles from './popup.css?inline';
import { targetTab } from './target-tab.ts';
import { loadPopupState } from './use-popup-state.ts';

// Reading the page starts first, before the first render; the store opens and looks up the
// tab's address while the page is read. The tabs below the person card (drafting) load once it
// is on screen (PersonView).
const tab = targetTab(location.search);
const first = loadPopupState(
  capturePage(tab),
  tab.then((t) => t.pageUrl),
);
// The styles come with this script rather than as files of their own: each file an extension
// page fetches delays its first paint.
const style = document.createElement('style');
style.textContent = theme + popupStyles;
document.head.append(style);
render(<App first={first} />, document.getElementById('app')!);
