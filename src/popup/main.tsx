// The popup's first module, kept small (the tab's address and the capture's injection, no Preact,
// no store): reading the page starts the moment the popup opens, while the rest of the popup
// (popup-app.tsx) loads, rather than after it has loaded.
import { readPage } from './page-capture.ts';
import { targetTab } from './target-tab.ts';

const tab = targetTab(location.search);
const read = readPage(tab);
// Handled by the popup once it has loaded (it shows the failure); not an unhandled rejection meanwhile.
read.catch(() => undefined);
tab.catch(() => undefined);

import('./popup-app.tsx').then(
  ({ startPopup }) => startPopup(tab, read),
  (error: unknown) => {
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.textContent = `Coffee Chat could not start: ${error instanceof Error ? error.message : String(error)}`;
    document.getElementById('app')?.append(alert);
  },
);
