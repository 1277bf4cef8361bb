// A file of its own so what the popup shows first (use-popup-state.ts) does not pull in the
// browser's API, and its tests run without one.

/** The capture could not run; `pageUrl` still lets the user add the person by hand. */
export class PageCaptureError extends Error {
  override name = 'PageCaptureError';
  constructor(
    message: string,
    readonly pageUrl: string | null,
  ) {
    super(message);
  }
}
