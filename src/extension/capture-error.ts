// Why reading a tab failed, for the user. Its own file: the popup's first paint needs it (page
// skeleton) without the capture, which it loads later.

/** Why a capture could not even run (as opposed to a page that is not a profile). */
export class CaptureUnavailableError extends Error {
  override name = 'CaptureUnavailableError';
}

/** Turns a failed executeScript into a message for the user. */
export function unavailable(error: unknown): CaptureUnavailableError {
  return new CaptureUnavailableError(
    error instanceof Error && /cannot access|cannot be scripted|permission/i.test(error.message)
      ? 'This page cannot be read by extensions (browser pages, the web store and PDF viewers are off limits).'
      : `The page could not be read: ${error instanceof Error ? error.message : String(error)}`,
  );
}
