import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { App } from './App.tsx';
import { targetTabId } from './target-tab.ts';

render(<App findTab={() => targetTabId(location.search)} />, document.getElementById('app')!);
