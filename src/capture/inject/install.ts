// Each file next to this one is injected into the page by chrome.scripting.executeScript({ files })
// when the user opens the popup or uses the menu, the one for the tab's site (src/extension/capture-inject.ts).
// It only installs a function in the extension's isolated world; public/capture-run.js, the next
// file of the same injection, calls it and hands back the structured-clonable raw read (the page
// half, capture.ts), which the extension finishes (finish.ts). Nothing is added to the page's
// DOM, nothing is sent anywhere.
import { type Bundle, readWith } from '../capture.ts';

export function install(bundle: Bundle): void {
  (globalThis as unknown as { __coffeeChatCapture?: () => unknown }).__coffeeChatCapture = () =>
    readWith(bundle, document, location.href);
}
