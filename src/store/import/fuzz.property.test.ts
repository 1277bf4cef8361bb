// Property-based: whatever file is chosen under Import contacts (random text or bytes, or a
// valid synthetic export mangled: truncated, quotes/commas/newlines inserted, re-encoded),
// previewImport returns a preview or throws ImportError, nothing else, and writes nothing;
// and a commit that fails mid-transaction leaves every store exactly as it was.
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectionsCsv, makeZip, syntheticExportZip } from '../../../tests/fixtures/generate/export-zip.ts';
import { defaultSettings } from '../../domain/settings.ts';
import { updateContact, upsertFromCapture } from '../contacts.ts';
import { exportBackupJson } from '../export/index.ts';
import { addInterview } from '../interviews.ts';
import { addReminder } from '../reminders.ts';
import type { DB } from '../schema.ts';
import { saveSettings } from '../settings.ts';
import { freshDb, profile } from '../test-util.ts';
import { fixtureText } from './fixtures.ts';
import {
  commitImport,
  ImportError,
  type ImportInput,
  type ImportKind,
  type ImportPreview,
  MAPPABLE,
  previewImport,
} from './index.ts';

vi.setConfig({ testTimeout: 120_000 });
afterEach(() => vi.restoreAllMocks());

const STORES = ['contacts', 'captures', 'interviews', 'referrals', 'reminders', 'activity', 'kv'] as const;

/** Every record and key of every store. */
async function dump(db: DB): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const s of STORES) out[s] = { keys: await db.getAllKeys(s), values: await db.getAll(s) };
  return out;
}

/** A store that already holds someone, so matching and merging run too. */
async function seeded(): Promise<DB> {
  const db = await freshDb();
  const a = (await upsertFromCapture(db, profile('ama-quorne', { name: 'Ama Quorne' }), 1)).contact;
  await updateContact(db, a.id, { email: 'ama@example.org', tags: ['water'], notes: 'kept' }, a.rev, 2);
  const iv = await addInterview(db, { contactId: a.id, scheduledAt: Date.UTC(2026, 1, 3, 14), questions: ['Q1'] }, 3);
  await addReminder(db, { contactId: a.id, kind: 'thank-you', dueAt: 4, interviewId: iv.id });
  const s = defaultSettings('UTC');
  s.user.name = 'Sol Ivers';
  await saveSettings(db, s);
  return db;
}

let BASES: string[] = [];
beforeAll(async () => {
  const other = await seeded();
  await upsertFromCapture(other, profile('bo-rennet', { name: 'Bo Rennet ✓', about: 'Line "one",\nline two' }), 5);
  BASES = [
    fixtureText('Connections.csv'),
    fixtureText('generic.csv'),
    fixtureText('contacts-v3.vcf'),
    fixtureText('contacts-v4.vcf'),
    fixtureText('Profile.csv'),
    fixtureText('Positions.csv'),
    await exportBackupJson(other, 6),
  ];
});

const KINDS: ImportKind[] = ['linkedin-connections', 'linkedin-profile', 'json-backup', 'vcard', 'csv'];
const NOISE = [
  '"',
  ',',
  '\n',
  '\r\n',
  '\r',
  ';',
  ':',
  '""',
  '\\',
  '{',
  '}',
  '[',
  ']',
  'BEGIN:VCARD\n',
  'END:VCARD\n',
  '\u0000',
  '\ufffd',
  '\ufeff',
  '=',
  '\u202e',
  '\u200b',
  'null',
  '1e999',
];

type Edit =
  | { at: number; op: 'insert'; what: string }
  | { at: number; op: 'delete'; len: number }
  | { at: number; op: 'truncate' };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    at: fc.nat(),
    op: fc.constant('insert' as const),
    what: fc.oneof(fc.constantFrom(...NOISE), fc.string({ unit: 'binary', maxLength: 8 })),
  }),
  fc.record({ at: fc.nat(), op: fc.constant('delete' as const), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ at: fc.nat(), op: fc.constant('truncate' as const) }),
);

function mutate(text: string, edits: Edit[]): string {
  let s = text;
  for (const e of edits) {
    const at = s.length ? e.at % (s.length + 1) : 0;
    if (e.op === 'insert') s = s.slice(0, at) + e.what + s.slice(at);
    else if (e.op === 'delete') s = s.slice(0, at) + s.slice(at + e.len);
    else s = s.slice(0, at);
  }
  return s;
}

/** The same text as bytes in the encodings files arrive in (wrong ones included). */
type Encoding = 'string' | 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'utf16be-bom' | 'latin1' | 'flipped';
function encode(s: string, enc: Encoding, flip: number): ImportInput {
  if (enc === 'string') return s;
  const utf8 = new TextEncoder().encode(s);
  if (enc === 'utf8') return utf8;
  if (enc === 'utf8-bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
  if (enc === 'latin1') return Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
  if (enc === 'flipped') {
    const b = utf8.slice();
    if (b.length) b[flip % b.length] = (b[flip % b.length]! ^ 0x80) & 0xff;
    return b;
  }
  const out = new Uint8Array(2 + s.length * 2);
  const le = enc === 'utf16le-bom';
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = le ? c & 0xff : c >> 8;
    out[3 + i * 2] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

const encoding = fc.constantFrom<Encoding>(
  'string',
  'utf8',
  'utf8-bom',
  'utf16le-bom',
  'utf16be-bom',
  'latin1',
  'flipped',
);
const mangled = fc.record({ base: fc.nat(), edits: fc.array(edit, { maxLength: 6 }), enc: encoding, flip: fc.nat() });
const options = fc.option(
  fc.record(
    {
      kind: fc.option(fc.constantFrom(...KINDS), { nil: undefined }),
      mapping: fc.option(
        fc.dictionary(
          fc.constantFrom(...MAPPABLE),
          fc.oneof(fc.constantFrom('Name', 'Email', 'URL', 'First Name', ''), fc.string({ maxLength: 6 })),
        ),
        { nil: undefined },
      ),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** The property itself: a preview, or ImportError with a message; any other throw fails. */
async function previewOrImportError(
  db: DB,
  input: ImportInput | ImportInput[],
  opts: Parameters<typeof previewImport>[2],
): Promise<ImportPreview | ImportError> {
  try {
    const p = await previewImport(db, input, { ...opts, now: 10 });
    expect(typeof p.kind).toBe('string');
    expect(Array.isArray(p.toAdd) && Array.isArray(p.skipped)).toBe(true);
    return p;
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    expect(e.message.length).toBeGreaterThan(5);
    return e;
  }
}

describe('previewImport under fuzzing', () => {
  it('random text: a preview or ImportError, and nothing written', async () => {
    const db = await seeded();
    const before = await dump(db);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.string({
            unit: fc.constantFrom(...NOISE, 'a', 'Ö', ' ', 'First Name', 'URL', '@', 'https://www.linkedin.com/in/x'),
            maxLength: 60,
          }),
        ),
        options,
        async (text, opts) => {
          await previewOrImportError(db, text, opts);
        },
      ),
      { numRuns: 250 },
    );
    expect(await dump(db)).toEqual(before);
  });

  it('random bytes: a preview or ImportError', async () => {
    const db = await seeded();
    const before = await dump(db);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (bytes, asBuffer) => {
        await previewOrImportError(db, asBuffer ? bytes.slice().buffer : bytes, undefined);
      }),
      { numRuns: 200 },
    );
    expect(await dump(db)).toEqual(before);
  });

  it('mangled valid files (every importer, every encoding, chosen kind or detected): a preview or ImportError', async () => {
    const db = await seeded();
    const before = await dump(db);
    await fc.assert(
      fc.asyncProperty(mangled, options, async (m, opts) => {
        const text = mutate(BASES[m.base % BASES.length]!, m.edits);
        await previewOrImportError(db, encode(text, m.enc, m.flip), opts);
      }),
      { numRuns: 300 },
    );
    expect(await dump(db)).toEqual(before);
  });

  it('several files at once (the own LinkedIn export), mangled: a preview or ImportError', async () => {
    const db = await seeded();
    const before = await dump(db);
    await fc.assert(
      fc.asyncProperty(fc.array(mangled, { minLength: 1, maxLength: 3 }), async (ms) => {
        const inputs = ms.map((m) =>
          encode(mutate([BASES[4]!, BASES[5]!, BASES[0]!][m.base % 3]!, m.edits), m.enc, m.flip),
        );
        await previewOrImportError(db, inputs, undefined);
      }),
      { numRuns: 100 },
    );
    expect(await dump(db)).toEqual(before);
  });

  it('JSON that is almost a backup: a preview or ImportError', async () => {
    const db = await seeded();
    const before = await dump(db);
    const valid = () => JSON.parse(BASES[6]!) as Record<string, unknown>;
    const anyJson = fc.jsonValue({ maxDepth: 3 });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'stores',
          'contacts',
          'captures',
          'interviews',
          'referrals',
          'reminders',
          'activity',
          'settings',
          'kv',
          'version',
          'format',
          'schemaVersion',
        ),
        anyJson,
        fc.nat(),
        fc.nat(),
        async (where, value, i, field) => {
          const data = valid();
          const stores = data.stores as Record<string, unknown[]>;
          if (where in stores) {
            const list = stores[where]!;
            if (list.length && field % 2) {
              // Replace one field of one record.
              const rec = list[i % list.length] as Record<string, unknown>;
              const keys = Object.keys(rec);
              rec[keys[field % keys.length]!] = value;
            } else list.splice(i % (list.length + 1), 0, value);
          } else if (where === 'stores' && field % 3 === 0) data.stores = value;
          else data[where] = value;
          await previewOrImportError(db, JSON.stringify(data), undefined);
        },
      ),
      { numRuns: 250 },
    );
    expect(await dump(db)).toEqual(before);
  });
});

/** Byte-level damage to an archive: flips, overwritten header fields, cuts, insertions. */
type ByteEdit =
  | { op: 'flip'; at: number; mask: number }
  | { op: 'u32'; at: number; value: number }
  | { op: 'cut'; at: number }
  | { op: 'insert'; at: number; bytes: Uint8Array };
const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({
    op: fc.constant('u32' as const),
    at: fc.nat(),
    value: fc.oneof(fc.constantFrom(0, 1, 0xffff, 0xffffffff, 0x7fffffff), fc.nat()),
  }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
);

function damage(zip: Uint8Array, edits: ByteEdit[]): Uint8Array {
  let b = zip.slice();
  for (const e of edits) {
    const at = b.length ? e.at % b.length : 0;
    if (e.op === 'flip') b[at] = (b[at] ?? 0) ^ e.mask;
    else if (e.op === 'u32' && at + 4 <= b.length) new DataView(b.buffer).setUint32(at, e.value >>> 0, true);
    else if (e.op === 'cut') b = b.slice(0, at);
    else if (e.op === 'insert') b = new Uint8Array([...b.subarray(0, at), ...e.bytes, ...b.subarray(at)]);
  }
  return b;
}

describe('export ZIPs under fuzzing', () => {
  const ZIPS = [
    syntheticExportZip(),
    makeZip([{ name: 'Connections.csv', data: connectionsCsv(), store: true }]),
    makeZip([{ name: 'x/Profile.csv', data: 'First Name,Last Name,Headline\nA,B,C\n' }]),
  ];

  it('mangled archives (bytes flipped, header fields overwritten, cut, padded): a preview or ImportError, nothing written', async () => {
    const db = await seeded();
    const before = await dump(db);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(byteEdit, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (which, edits, own) => {
          const zip = damage(ZIPS[which % ZIPS.length]!, edits);
          const result = await previewOrImportError(db, zip, own ? { kind: 'linkedin-profile' } : undefined);
          // Whatever survived the damage, a preview of an archive names the files it read.
          if (!(result instanceof ImportError) && result.files) expect(result.files.used.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
    expect(await dump(db)).toEqual(before);
  });
});

describe('commitImport of a fuzzed preview', () => {
  it('either writes what the preview showed, or fails and writes nothing', async () => {
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(mangled, options, async (m, opts) => {
        const db = await seeded();
        try {
          const text = mutate(BASES[m.base % BASES.length]!, m.edits);
          const p = await previewOrImportError(db, encode(text, m.enc, m.flip), opts);
          if (p instanceof ImportError) return;
          const before = await dump(db);
          try {
            const report = await commitImport(db, p, 20);
            if (p.kind !== 'linkedin-profile') expect(report.added).toBe(p.toAdd.length);
          } catch (e) {
            failures.push(String(e));
            expect(await dump(db)).toEqual(before);
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 150 },
    );
    // A preview made a moment ago against the same store always commits.
    expect(failures).toEqual([]);
  });
});

/** Makes the n-th put from now on fail, the way a full disk (or a bad record) does. */
function failPut(n: number, error: () => Error): void {
  const proto = globalThis.IDBObjectStore.prototype;
  const real = proto.put;
  let calls = 0;
  vi.spyOn(proto, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (++calls === n) throw error();
    return real.apply(this, args);
  });
}

/** How many puts committing this preview makes at least (what the failure is placed among). */
function putsOf(p: ImportPreview): number {
  if (p.kind === 'linkedin-profile') return 1;
  if (p.kind === 'json-backup') {
    const b = p.backup!;
    return p.toAdd.length + p.toUpdate.length + b.kv.length + (b.settings ? 1 : 0);
  }
  // each contact, and a timeline entry for each update (a new contact carries its origin)
  return p.toAdd.length + 2 * p.toUpdate.length;
}

describe('commitImport that fails mid-transaction', () => {
  it('writes nothing: every store is as it was', async () => {
    await fc.assert(
      fc.asyncProperty(mangled, fc.nat(), fc.boolean(), async (m, at, quota) => {
        const db = await seeded();
        try {
          const base = BASES[m.base % BASES.length]!;
          // Light damage only, so there usually is something to write.
          const text = mutate(base, m.edits.filter((e) => e.op === 'insert').slice(0, 2));
          const p = await previewOrImportError(db, text, { kind: m.base % BASES.length === 1 ? 'csv' : undefined });
          fc.pre(!(p instanceof ImportError) && putsOf(p) > 0);
          const preview = p as ImportPreview;
          const before = await dump(db);
          failPut(1 + (at % putsOf(preview)), () =>
            quota
              ? new DOMException('The quota has been exceeded.', 'QuotaExceededError')
              : new Error('disk went away'),
          );
          await expect(commitImport(db, preview, 20)).rejects.toBeDefined();
          vi.restoreAllMocks();
          expect(await dump(db)).toEqual(before);
        } finally {
          vi.restoreAllMocks();
          db.close();
        }
      }),
      { numRuns: 80 },
    );
  });
});
