// Why a whole file was refused. Row-level problems are not errors: they are skipped rows
// with a reason in the preview. An ImportError always means nothing was written.
export type ImportErrorCode =
  | 'too-large'
  | 'binary'
  | 'zip'
  | 'zip-damaged'
  | 'zip-encrypted'
  | 'zip-bomb'
  | 'zip-unsafe-name'
  | 'zip-unsupported'
  | 'zip-empty'
  | 'encoding'
  | 'csv-quoting'
  | 'unknown-format'
  | 'no-rows'
  | 'bad-json'
  | 'bad-backup'
  | 'missing-columns'
  | 'stale-preview';

/** A row left out of an import, and why (told to the user in the preview). */
export interface Skipped {
  row: number;
  reason: string;
}

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
