// The store's door for import and export (see index.ts): the options page's data section. An
// entry of its own so pages that do not import (the popup, the dashboard) do not load the
// parsers and the ZIP reader.
import { bound } from './connection.ts';
import * as exports from './export/index.ts';
import * as imports from './import/index.ts';

export {
  type ArchiveFiles,
  ImportError,
  type ImportKind,
  type ImportPreview,
  type ImportReport,
  type ImportRow,
} from './import/index.ts';

export const previewImport = /* @__PURE__ */ bound(imports.previewImport);
export const commitImport = /* @__PURE__ */ bound(imports.commitImport);
export const exportBackupBlob = /* @__PURE__ */ bound(exports.exportBackupBlob);
export const exportContactsCsv = /* @__PURE__ */ bound(exports.exportContactsCsv);
export const exportContactsVcard = /* @__PURE__ */ bound(exports.exportContactsVcard);
