// Ids for bulk writes. crypto.randomUUID() asks the system for 16 random bytes on every call,
// which in Chromium costs several microseconds: at 60,000 ids (an import's contacts and their
// timeline entries) that is most of a second. These are the same RFC 4122 version-4 UUIDs,
// lower-case like randomUUID's, from the same generator, drawn 4 KiB at a time.
const POOL = 256 * 16;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
let pool = new Uint8Array(0);
let at = POOL;

export function bulkId(): string {
  if (at >= pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL));
    at = 0;
  }
  const b = pool;
  const i = at;
  at += 16;
  const h = (k: number) => HEX[b[i + k]!]!;
  // Version 4 (0100xxxx in byte 6), variant 10xxxxxx in byte 8.
  const v = HEX[(b[i + 6]! & 0x0f) | 0x40]!;
  const r = HEX[(b[i + 8]! & 0x3f) | 0x80]!;
  return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${v}${h(7)}-${r}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
}
