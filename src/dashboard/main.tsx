import { render } from 'preact';
import '../ui/theme.css';
import '../ui/confirm.css';
import './dashboard.css';
import { App } from './App.tsx';
import { startFirstScreen } from './use-contacts.ts';

// The database opens and the first rows are read while the first frame is drawn.
startFirstScreen();
render(<App />, document.getElementById('app')!);
