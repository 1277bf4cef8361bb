// A minimal ZIP reader for LinkedIn's data export: the central directory is read by hand and
// the few files we need are inflated with the browser's own DecompressionStream('deflate-raw'),
// so no library ships for it. Everything is checked before anything is inflated: a hostile
// archive (damaged, encrypted, a ZIP bomb, names that climb out of the folder) throws ImportError.
import { ImportError } from './errors.ts';

export interface ZipLimits {
  /** Sum of the uncompressed sizes of the files we inflate. */
  maxTotal: number;
  /** Largest uncompressed/compressed ratio for a file bigger than RATIO_FREE_BYTES. */
  maxRatio: number;
  /** More entries than any real export; a directory of millions is itself a bomb. */
  maxEntries: number;
}

/** Text compresses 3–10×; a bomb compresses 1000×. Small files may have any ratio. */
export const ZIP_LIMITS: ZipLimits = { maxTotal: 50 * 1024 * 1024, maxRatio: 100, maxEntries: 5000 };
const RATIO_FREE_BYTES = 64 * 1024;

export interface ZipEntry {
  /** The path inside the archive, as written there. */
  name: string;
  /** Lower-cased last part of the path, for matching ("Connections.csv" in any folder). */
  base: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  // Local file header, or the end record alone (an empty archive).
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

const damaged = (why: string) =>
  new ImportError('zip-damaged', `This ZIP archive is damaged or incomplete (${why}). Download the export again.`);

function findEnd(view: DataView): number {
  // The end record is the last 22 bytes plus a comment of up to 65,535 bytes.
  const stop = Math.max(0, view.byteLength - 22 - 65535);
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw damaged('its table of contents is missing, so it was probably cut short');
}

/** A name that could point outside the folder it is unpacked in, or hide in it. */
export function isUnsafeName(name: string): boolean {
  if (name.includes('\0') || /^([/\\]|[a-zA-Z]:)/.test(name)) return true;
  return name.split(/[/\\]/).some((part) => part === '..');
}

/** Lists the files of the archive (folders left out), refusing the archive as a whole when it is hostile. */
export function listZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw damaged('it is too short');
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  const dirSize = view.getUint32(end + 12, true);
  const dirAt = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) {
    throw new ImportError('zip-unsupported', 'This is one part of a split ZIP archive. Choose the whole export.');
  }
  if (count === 0xffff || dirAt === 0xffffffff || dirSize === 0xffffffff) {
    throw new ImportError('zip-unsupported', 'This ZIP archive is over 4 GB (ZIP64), far larger than any export.');
  }
  if (count > limits.maxEntries) {
    throw new ImportError(
      'zip-bomb',
      `This ZIP holds ${count} files, more than any LinkedIn export. Nothing was read.`,
    );
  }
  if (dirAt + dirSize > end) throw damaged('its table of contents points past the end');
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = dirAt;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw damaged('its table of contents is broken');
    const flags = view.getUint16(at + 8, true);
    const nameLen = view.getUint16(at + 28, true);
    const skip = nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + skip > end) throw damaged('its table of contents is broken');
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    if (flags & 1) {
      throw new ImportError(
        'zip-encrypted',
        'This ZIP archive is password-protected, so Coffee Chat cannot read it. LinkedIn’s export is not: download it again.',
      );
    }
    if (isUnsafeName(name)) {
      throw new ImportError(
        'zip-unsafe-name',
        `This ZIP archive holds a file named “${name.replace(/\0/g, '␀').slice(0, 80)}”, which points outside its folder. It is not LinkedIn’s export; nothing was read.`,
      );
    }
    if (!name.endsWith('/')) {
      entries.push({
        name,
        base: (name.split(/[/\\]/).pop() ?? '').toLowerCase(),
        method: view.getUint16(at + 10, true),
        crc: view.getUint32(at + 16, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
      });
    }
    at += 46 + skip;
  }
  return entries;
}

const tooBig = (what: string) =>
  new ImportError(
    'zip-bomb',
    `This ZIP archive ${what}, far more than any LinkedIn export: it may be a “ZIP bomb”. Nothing was read.`,
  );

/** Refuses, before inflating anything, files that would unpack too large or too far. */
export function checkSizes(entries: ZipEntry[], limits: ZipLimits = ZIP_LIMITS): void {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (total > limits.maxTotal) throw tooBig(`unpacks to over ${Math.round(limits.maxTotal / 1024 / 1024)} MB`);
    if (e.size > RATIO_FREE_BYTES && e.size > e.compressedSize * limits.maxRatio) {
      throw tooBig(
        `packs ${e.name} ${Math.round(e.size / Math.max(1, e.compressedSize))} times smaller than it unpacks`,
      );
    }
  }
}

let crcTable: Uint32Array | undefined;
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Inflates raw deflate data, stopping as soon as it passes `limit` bytes (the size the archive declared). */
async function inflate(data: Uint8Array, limit: number, name: string): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; these only keep the rejections from going unhandled.
  writer
    .write(data as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => {});
  const reader = stream.readable.getReader();
  const out = new Uint8Array(limit);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > limit) {
        await reader.cancel().catch(() => {});
        throw tooBig(`unpacks ${name} larger than it says`);
      }
      out.set(value, length);
      length += value.length;
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw damaged(`${name} cannot be unpacked`);
  }
  return out.subarray(0, length);
}

/** The bytes of one listed file, checked against its declared size and checksum. */
export async function readEntry(bytes: Uint8Array, e: ZipEntry): Promise<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.localOffset + 30 > bytes.length || view.getUint32(e.localOffset, true) !== LOCAL) {
    throw damaged(`${e.name} is missing`);
  }
  const start =
    e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  if (start + e.compressedSize > bytes.length) throw damaged(`${e.name} is cut short`);
  const packed = bytes.subarray(start, start + e.compressedSize);
  let data: Uint8Array;
  if (e.method === 0) data = packed;
  else if (e.method === 8) data = await inflate(packed, e.size, e.name);
  else {
    throw new ImportError(
      'zip-unsupported',
      `${e.name} in this ZIP is compressed in a way Coffee Chat cannot read (method ${e.method}). Unzip it and choose the file itself.`,
    );
  }
  if (data.length !== e.size || crc32(data) !== e.crc) throw damaged(`${e.name} does not match its checksum`);
  return data;
}
