import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { App } from './App.tsx';
import { capturePage } from './page-capture.ts';

// Reading the page starts before the first render, not in an effect after it.
const page = capturePage(location.search);
render(<App capture={() => page} />, document.getElementById('app')!);
