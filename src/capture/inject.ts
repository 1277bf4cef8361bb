// Injected into the page by chrome.scripting.executeScript({ files }) when the
// user opens the popup or uses the menu. It only installs a function in the
// extension's isolated world; public/capture-run.js, the next file of the same
// injection, calls it and hands back the structured-clonable result. Nothing is
// added to the page's DOM, nothing is sent anywhere.
import { extract } from './extract.ts';

(globalThis as unknown as { __coffeeChatCapture?: () => unknown }).__coffeeChatCapture = () =>
  extract(document, location.href);
