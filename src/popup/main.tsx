import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { App } from './App.tsx';
import { capturePage } from './page-capture.ts';
import { loadPreparePanels } from './prepare-panels.ts';
import { loadPopupState } from './usePopupState.ts';

// Reading the page starts first, before the first render, and the store opens while the page
// is read. The tabs below the person card (drafting) load meanwhile, off the first paint's path.
const first = loadPopupState(capturePage(location.search));
void loadPreparePanels().catch(() => undefined);
render(<App first={first} />, document.getElementById('app')!);
