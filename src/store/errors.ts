// Typed errors the pages can tell apart and explain to the user.
/**
 * A save was based on an older revision; `current` is the record as stored now (a Contact or
 * an Interview), to merge with. `fields` names what both sides changed, when known.
 */
export class ConflictError<T = unknown> extends Error {
  override name = 'ConflictError';
  constructor(
    readonly id: string,
    readonly expectedRev: number,
    readonly current: T,
    readonly fields: string[] = [],
  ) {
    super(
      fields.length
        ? `Someone changed ${fields.join(', ')} in another window meanwhile. Reload to see their version.`
        : `This record was changed elsewhere (expected revision ${expectedRev}). Reload it and try again.`,
    );
  }
}

/** The database on disk is newer than this page's code: the extension was updated under it. */
export class OutdatedPageError extends Error {
  override name = 'OutdatedPageError';
  constructor(cause?: unknown) {
    super('Coffee Chat was updated. Reload this page to continue.', { cause });
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`No ${what} with id ${id}; it may have been deleted in another window.`);
  }
}

/** The browser refused to store more (QuotaExceededError). Nothing of the failed save was written. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(cause?: unknown) {
    super(
      "Your browser has no room left for Coffee Chat's data, so this change was not saved. " +
        'Everything saved before is intact. Free some disk space (or export a backup), then try again.',
      { cause },
    );
  }
}

export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const name = (e as { name?: unknown }).name;
  // Old Firefox reported NS_ERROR_DOM_QUOTA_REACHED instead of the standard name.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

const detailOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).trim();
/** What the browser said, as a sentence of its own. */
const sentence = (s: string) => (s && /[.!?]$/.test(s) ? s : s && `${s}.`);

/**
 * What to tell the user when an action of theirs failed, to show where they acted. Every action
 * is one transaction (store/actions/), so a failed one changed nothing, and the message says so.
 */
export function failureMessage(error: unknown): string {
  if (error instanceof StorageFullError || error instanceof OutdatedPageError) return error.message;
  if (error instanceof ConflictError)
    return error.fields.length
      ? `Not saved: ${error.fields.join(', ')} changed in another window meanwhile. Look at their version, then make your change again.`
      : 'Not saved: this was changed in another window meanwhile. Look at the latest version, then make your change again.';
  if (error instanceof NotFoundError)
    return `Not saved: this ${error.what} no longer exists; it may have been deleted in another window.`;
  return `Not saved; nothing was changed. ${sentence(detailOf(error)) || 'The browser refused the change.'} Try again; if it keeps failing, reload the page.`;
}

/** What to tell the user when reading `what` failed: said, never shown as "nothing there". */
export function readFailureMessage(what: string, error: unknown): string {
  if (error instanceof OutdatedPageError) return error.message;
  const detail = detailOf(error);
  return `Could not read ${what}${detail ? ` (${detail})` : ''}. Reload the page to try again.`;
}
