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
