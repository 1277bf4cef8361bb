// Import: previewImport (read, check, plan) then commitImport (one transaction).
export { type ArchiveFiles, MAX_ARCHIVE_BYTES } from './archive.ts';
export { commitImport } from './commit.ts';
export { decodeInput, type ImportInput, MAX_IMPORT_BYTES } from './decode.ts';
export { detectKind } from './detect.ts';
export { ImportError, type ImportErrorCode } from './errors.ts';
export { type CsvMapping, csvHeader, guessMapping, MAPPABLE } from './generic-csv.ts';
export { type PreviewOptions, previewImport } from './preview.ts';
export type { ImportKind, ImportPreview, ImportReport, ImportRow, Skipped } from './types.ts';
