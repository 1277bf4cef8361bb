import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { App } from './App.tsx';
import { capturePage } from './page-capture.ts';
import { loadPopupState } from './usePopupState.ts';

// Reading the page starts first, before the first render, and the store opens while the page is read.
const first = loadPopupState(capturePage(location.search));
render(<App first={first} />, document.getElementById('app')!);
