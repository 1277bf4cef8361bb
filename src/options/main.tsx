import { render } from 'preact';
import '../ui/theme.css';
import '../ui/components.css';
import '../ui/confirm.css';
import './options.css';
import { App } from './App.tsx';

render(<App />, document.getElementById('app')!);
