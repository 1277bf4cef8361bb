/// <reference types="vite/client" />

// crxjs turns `import file from './x.ts?script'` into the built file's path,
// for chrome.scripting.executeScript({ files: [file] }).
declare module '*?script' {
  const path: string;
  export default path;
}

// `?iife` builds the file as one self-contained IIFE (no loader, no dynamic import), which
// executeScript can inject without exposing anything to web pages.
declare module '*?iife' {
  const path: string;
  export default path;
}
