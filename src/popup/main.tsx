// The popup's first module, kept small (the tab's address and the capture's injection, no Preact,
// no store): reading the page starts the moment the popup opens, while the rest of the popup
// (popup-app.tsx) loads, rather than after it has loaded.
import { readPage } from './page-capture.ts';
import { targetTab } from './target-tab.ts';

const tab = targetTab(location.search);
const read = readPage(tab);
// Handled by the popup once it has loaded (it shows the failure); not an unhandled rejection meanwhile.
read.catch(() => undefined);

// The rest of the popup runs once the injection is on its way: the page preloads its files, but
// running them holds the main thread, and the tab's address, the one answer the injection waits
// for, would wait behind them.
const sent = tab.then(
  () => undefined,
  () => undefined,
);
sent
  .then(() => import('./popup-app.tsx'))
  .then(
    ({ startPopup }) => startPopup(tab, read),
    (error: unknown) => {
      const alert = document.createElement('p');
      alert.setAttribute('role', 'alert');
      alert.textContent = `Coffee Chat could not start: ${error instanceof Error ? error.message : String(error)}`;
      document.getElementById('app')?.append(alert);
    },
  );
