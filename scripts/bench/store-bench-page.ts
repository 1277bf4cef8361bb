// Bundled into one script and run in a page in real Chromium by scripts/bench/store-timing.ts:
// the store's own code on the browser's own IndexedDB, at LinkedIn scale.
import { unwrap } from 'idb';
import { addActivity } from '../../src/store/activity.ts';
import { syntheticConnectionsCsv, syntheticContacts } from '../../src/store/bench-data.ts';
import { listContacts } from '../../src/store/contacts.ts';
import { closeDb, deleteDatabase, openDb } from '../../src/store/db.ts';
import { BACKUP_STORE_NAMES, exportBackupBlob } from '../../src/store/export/index.ts';
import { commitImport, previewImport } from '../../src/store/import/index.ts';
import { ContactSearch } from '../../src/store/search.ts';
import { timeExportFloor } from './export-floor.ts';
import { alternate, MIN_RUNS, timedFigure } from './floor.ts';
import { type StoreShape, storeShapes, timePlainPuts } from './plain-puts.ts';

const CONTACTS = 30_000;
const NOTES = 100_000;

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? 0;
}

/** The browser runs with --expose-gc (store-timing.ts); elsewhere this does nothing. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  collectGarbage();
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

/** Calls `report` with the gap between consecutive turns of a task loop: how long the page could not respond. */
function watchLongestTask(report: (ms: number) => void): () => void {
  const channel = new MessageChannel();
  let last = performance.now();
  let on = true;
  channel.port1.onmessage = () => {
    const t = performance.now();
    report(t - last);
    last = t;
    if (on) setTimeout(() => channel.port2.postMessage(null), 0);
  };
  channel.port2.postMessage(null);
  return () => {
    on = false;
    channel.port1.close();
  };
}

async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

/** The contacts the last importOnce wrote, for importFloor to put again. */
let lastImported: unknown[] = [];
let lastShape: StoreShape | undefined;

/**
 * One import of a 30,000-row Connections.csv into a fresh, empty store: preview, then the one
 * transaction. store-timing.ts runs it in a fresh page each time (cold, as a user's import is),
 * each run followed by importFloor in the same page.
 */
async function importOnce(): Promise<Record<string, number>> {
  const csv = syntheticConnectionsCsv(CONTACTS);
  await deleteDatabase('bench-import');
  const importDb = await openDb('bench-import');
  const [previewMs, preview] = await time(() => previewImport(importDb, csv, { now: 1 }));
  const [commitMs] = await time(() => commitImport(importDb, preview, 1));
  [lastShape] = storeShapes(unwrap(importDb), ['contacts']);
  lastImported = await importDb.getAll('contacts');
  await closeDb('bench-import');
  await deleteDatabase('bench-import');
  return { total: previewMs + commitMs, preview: previewMs, commit: commitMs };
}

/** The import's floor (plain-puts.ts): the contacts the last importOnce wrote, put by plain IndexedDB. */
async function importFloor(): Promise<number> {
  if (!lastShape) throw new Error('importFloor runs after importOnce, in the same page.');
  const ms = await timePlainPuts([{ shape: lastShape, records: lastImported }], { beforeTiming: collectGarbage });
  lastImported = [];
  return ms;
}

export async function run(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};

  // A store with 30,000 contacts (notes spread over them, 100,000 in all).
  await deleteDatabase('bench-main');
  const before = await usage();
  const db = await openDb('bench-main');
  const contacts = syntheticContacts(CONTACTS, { notes: NOTES, seed: 3 });
  const tx = db.transaction('contacts', 'readwrite');
  for (const c of contacts) void tx.store.put({ ...c, notes: '' });
  await tx.done;
  out['store.bytes-per-contact'] = Math.round(((await usage()) - before) / CONTACTS);
  for (const c of contacts.slice(0, 50)) await addActivity(db, c.id, 'note-added', 'bench', 1);
  const tx2 = db.transaction('contacts', 'readwrite');
  for (const c of contacts) void tx2.store.put(c);
  await tx2.done;
  await closeDb('bench-main');

  // Opening the store and listing the first screen, as a page does when it opens.
  const [openMs] = await time(async () => listContacts(await openDb('bench-main'), { limit: 50 }));
  out['store.open-first-screen.ms'] = openMs;

  // Search as you type: the index is built once, then every keystroke queries it. The build is
  // ContactSearch.build (read every contact, index them in slices); a page meanwhile shows its
  // list, so what matters for it is the longest the build holds the main thread at a time.
  let longestTask = 0;
  const [buildMs, index] = await time(async () => {
    const all = await (await openDb('bench-main')).getAll('contacts');
    const s = ContactSearch.inBackground(all);
    const stop = watchLongestTask((ms) => {
      longestTask = Math.max(longestTask, ms);
    });
    await s.ready;
    stop();
    return s;
  });
  out['store.search-index-build.ms'] = buildMs;
  out['store.search-index-build.longest-task.ms'] = longestTask;
  const keystrokes: number[] = [];
  for (const target of [contacts[12_345]!, contacts[777]!, contacts[29_001]!]) {
    const typed = `${target.captured!.name} ${target.captured!.current!.company}`;
    for (let i = 1; i <= typed.length; i++) {
      const t = performance.now();
      index.search(typed.slice(0, i), { limit: 50 });
      keystrokes.push(performance.now() - t);
    }
  }
  out['store.search-keystroke.p95.ms'] = p95(keystrokes);

  // The JSON backup, as the options page's Export makes it, in turn with its floor (export-floor.ts):
  // plain getAll() of the same stores, one JSON.stringify, one Blob.
  const exportDb = await openDb('bench-main');
  let bytes = 0;
  const exports = await alternate(
    MIN_RUNS,
    async () => {
      const [ms, file] = await time(() => exportBackupBlob(exportDb, 2));
      bytes = file.size;
      return ms;
    },
    async () => (await timeExportFloor(unwrap(exportDb), BACKUP_STORE_NAMES, { beforeTiming: collectGarbage })).ms,
  );
  for (const [key, figure] of Object.entries(timedFigure('store.export-json', exports.times, exports.floorTimes)))
    out[key] = figure.value;
  out['store.export-json.bytes'] = bytes;
  await closeDb('bench-main');
  await deleteDatabase('bench-main');
  return out;
}

Object.assign(globalThis, { storeBench: run, storeImportBench: importOnce, storeImportFloor: importFloor });
