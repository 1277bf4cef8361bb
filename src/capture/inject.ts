// Injected into the page by chrome.scripting.executeScript({ files }) when the
// user opens the popup or uses the menu. It only installs a function in the
// extension's isolated world; a second executeScript({ func }) calls it and
// receives the structured-clonable result. Nothing runs until then, nothing is
// added to the page's DOM, nothing is sent anywhere.
import { extract } from './extract.ts';

(globalThis as unknown as { __coffeeChatCapture?: () => unknown }).__coffeeChatCapture = () => extract(document, location.href);
