// What the capture command line accepts, and the one-line errors it gives otherwise.
// Users attach this command's output to bug reports, so every refusal is a plain sentence
// with its own exit code (README, "Capture a saved page"), never a stack trace.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

export const EXIT = {
  ok: 0,
  notProfile: 1,
  usage: 2,
  unreadable: 3,
  tooLarge: 4,
  notWebPage: 5,
  failed: 6,
} as const;

/** The largest saved page the CLI reads: real saved profiles are under 2 MB, and parsing takes ~1 s per MB. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

/** The --url value: an http(s) address, as the capture sees pages only at those. */
export function checkUrl(raw: string): string {
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new CliError(EXIT.usage, `--url ${JSON.stringify(raw)} is not a web address (expected https://…)`);
  return raw;
}

// File signatures of what people attach by mistake, so the message can name it.
const SIGNATURES: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
];

const UTF16_LE = [0xff, 0xfe];
const UTF16_BE = [0xfe, 0xff];
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Why these first bytes are not a saved web page, or null when they may be one. */
export function binaryKind(head: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) if (startsWith(head, sig)) return name;
  if (startsWith(head, UTF16_LE) || startsWith(head, UTF16_BE)) return null;
  // Text never holds NUL, and holds few other control characters (tab, CR, LF and form feed are text).
  let control = 0;
  for (const b of head) {
    if (b === 0) return 'a binary file';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control += 1;
  }
  return head.length > 0 && control / head.length > 0.05 ? 'a binary file' : null;
}

const SNIFF_BYTES = 8192;

function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'a folder, not a file';
  return (error as Error).message.split('\n')[0] ?? 'unreadable';
}

/** The saved page's text: refused at once when missing, too large or not text, before it is read whole. */
export function readPage(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new CliError(EXIT.unreadable, `cannot read ${file}: a folder, not a file`);
    if (!stat.isFile()) throw new CliError(EXIT.unreadable, `cannot read ${file}: not a regular file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(EXIT.unreadable, `cannot read ${file}: ${fsReason(error)}`);
  }
  if (size > MAX_PAGE_BYTES)
    throw new CliError(
      EXIT.tooLarge,
      `${file} is ${megabytes(size)}, over the ${megabytes(MAX_PAGE_BYTES)} limit for a saved page`,
    );
  try {
    const head = new Uint8Array(Math.min(size, SNIFF_BYTES));
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    const kind = binaryKind(head);
    if (kind) throw new CliError(EXIT.notWebPage, `${file} is ${kind}, not a saved web page (.html)`);
    const bytes = readFileSync(file);
    if (startsWith(bytes, UTF16_LE)) return new TextDecoder('utf-16le').decode(bytes);
    if (startsWith(bytes, UTF16_BE)) return new TextDecoder('utf-16be').decode(bytes);
    return bytes.toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(EXIT.unreadable, `cannot read ${file}: ${fsReason(error)}`);
  }
}

/** Runs a command's body: a CliError, or anything unexpected, becomes one line on stderr and its exit code. */
export function runCli(body: () => number): number {
  try {
    return body();
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`capture failed: ${message.split('\n')[0]}\n`);
    return EXIT.failed;
  }
}
