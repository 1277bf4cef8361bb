// Turning a chosen file into text, refusing what is not a text export before parsing it.
import { ImportError } from './errors.ts';

export type ImportInput = string | ArrayBuffer | Uint8Array;

/** Larger than any real export (LinkedIn's 30,000 connections are ~3 MB); parsing more would freeze the page. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

function tooLarge(bytes: number): ImportError {
  const mb = (bytes / 1024 / 1024).toFixed(0);
  return new ImportError('too-large', `This file is ${mb} MB; imports are limited to 50 MB. Is it the right file?`);
}

function refuseBinary(text: string): void {
  // Text exports never contain NUL and hardly any other control characters; spreadsheets and images do.
  const n = Math.min(text.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) controls = n;
    else if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) controls++;
  }
  if (controls > n / 100) {
    throw new ImportError(
      'binary',
      'This file is not a text file (CSV, vCard or JSON). If it is an Excel file, save it as CSV first.',
    );
  }
}

export function decodeInput(input: ImportInput): string {
  let text: string;
  if (typeof input === 'string') {
    if (input.length > MAX_IMPORT_BYTES) throw tooLarge(input.length);
    text = input;
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(bytes.length);
    if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
      throw new ImportError(
        'zip',
        // previewImport unpacks archives before this; reaching here means a caller skipped that step.
        'This is a ZIP archive: choose it under Import contacts or About you, which read LinkedIn’s export as downloaded.',
      );
    }
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    try {
      text = new TextDecoder(utf16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8', { fatal: true }).decode(
        bytes,
      );
    } catch {
      refuseBinary(new TextDecoder('latin1').decode(bytes.subarray(0, 65536)));
      throw new ImportError(
        'encoding',
        'This file is not in UTF-8, so names with accents would come out garbled. Save or export it again as "CSV UTF-8" and retry.',
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  refuseBinary(text);
  // Text that was already mis-decoded somewhere upstream (many replacement characters).
  const replaced = text.slice(0, 65536).split('\ufffd').length - 1;
  if (replaced > 3) {
    throw new ImportError(
      'encoding',
      'This file contains garbled characters (wrong text encoding). Export it again as UTF-8 and retry.',
    );
  }
  return text;
}
