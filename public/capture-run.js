// Injected right after src/capture/inject.js in the same executeScript({ files }) call
// (see src/lib/capture-tab.ts): its value, the capture of the page, is the call's result.
// Not bundled: a file's last expression is its result, and an IIFE would swallow it.
globalThis.__coffeeChatCapture?.() ?? null;
