import { render } from 'preact';
import '../ui/theme.css';
import './dashboard.css';
import { App } from './App.tsx';

render(<App />, document.getElementById('app')!);
