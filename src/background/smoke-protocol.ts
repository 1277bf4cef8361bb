// How the Firefox smoke test and the test-only hook (smoke-hook.ts) talk: no imports, so
// the test can share these without loading the browser API.

/** Text found in any build that contains the hook (both constants below hold it). */
export const SMOKE_TRACE = 'coffee-chat-smoke';
/** A LinkedIn profile URL ending in this asks the hook to save the page. */
export const SMOKE_MARKER = '#coffee-chat-smoke';
/** The hook reports by navigating the tab here, with `?result=<json>`; the test intercepts it. */
export const SMOKE_RESULT_URL = 'https://www.linkedin.com/coffee-chat-smoke-result';

export interface SmokeResult {
  ok: boolean;
  message?: string;
  created?: boolean;
  from?: 'page' | 'link';
  /** Read back from the store after the save, not taken from the save's own return value. */
  saved: boolean;
  name?: string | null;
  stage?: string;
  profileUrl?: string | null;
  contacts?: number;
}
