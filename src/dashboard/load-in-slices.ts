// Loading 30,000 contacts without freezing the page. One getAll of them all is one task of
// 0.4–0.9 s (the structured-clone decode runs on the main thread), and indexing them all for
// search another second or more: long tasks that make the page (and every other page of the
// extension, which share its main thread) wait. Both are done here in small pieces instead.
// (The store's own ContactSearch.fromContacts indexes everything in one go; this builds the
// same index through its public upsert, a slice at a time.)
import { unwrap, wrap } from 'idb';
import type { Contact } from '../domain/contact.ts';
import { onStoreChange } from '../store/changes.ts';
import { listContacts } from '../store/contacts.ts';
import type { DB } from '../store/db.ts';
import { ContactSearch } from '../store/search.ts';

/** Contacts per read: a few ms of decoding each. */
const READ_CHUNK = 500;
/** Longest stretch of indexing between two yields, in ms. */
const SLICE_MS = 8;

/** Lets the page paint and handle input: scheduler.yield() where there is one, else a task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves after the next frame has been painted (and its effects run). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return setTimeout(resolve, 0);
    // A hidden tab gets no frames: don't wait for one for ever.
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}

/** IDBIndex.getAllRecords (Chrome 141+): a page of an index in either direction in one request. */
type RecordsIndex = IDBIndex & {
  getAllRecords?: (opts: { query?: IDBKeyRange | null; count?: number; direction?: IDBCursorDirection }) => IDBRequest<{ value: Contact }[]>;
};

/**
 * The `limit` most recently updated contacts, as listContacts gives them: in one request where
 * the browser has getAllRecords, instead of a cursor's round trip per step or two.
 */
export async function newestContacts(db: DB, limit: number): Promise<Contact[]> {
  const index = unwrap(db.transaction('contacts').store.index('updatedAt')) as RecordsIndex;
  if (typeof index.getAllRecords !== 'function') return listContacts(db, { limit });
  const records = await wrap(index.getAllRecords({ count: limit, direction: 'prev' }));
  return records.map((r) => r.value);
}

/**
 * Every contact, in id order, read in chunks inside one transaction (one consistent snapshot).
 * Each chunk arrives in a task of its own, so the page paints and handles input in between.
 */
export async function readAllContacts(db: DB, signal: AbortSignal): Promise<Contact[]> {
  const store = db.transaction('contacts').store;
  const out: Contact[] = [];
  let after: string | null = null;
  for (;;) {
    const chunk: Contact[] = await store.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), READ_CHUNK);
    signal.throwIfAborted();
    for (const c of chunk) out.push(c);
    if (chunk.length < READ_CHUNK) return out;
    after = chunk[chunk.length - 1]!.id;
  }
}

/**
 * A search index that is kept current with every committed write from the moment this is
 * called, then filled with `fill(contacts)` (read after this call) a slice at a time: writes
 * made meanwhile win over the older copies in `contacts`. `fill` rejects if `signal` aborts.
 */
export function startSearch(db: DB, signal: AbortSignal): { fill(contacts: readonly Contact[]): Promise<ContactSearch> } {
  const search = ContactSearch.fromContacts([]);
  // Ids written since this call: the attached index has (or will have) them fresh.
  const touched = new Set<string>();
  let rebuilt = false;
  const tracking = new AbortController();
  signal.addEventListener('abort', () => tracking.abort(), { once: true });
  onStoreChange((changes) => {
    const c = changes.find((x) => x.store === 'contacts');
    if (!c) return;
    // attach() rebuilds the whole index from a fresh read for these.
    if (c.ids === 'all' || c.ids.length > 500) rebuilt = true;
    else for (const id of c.ids) touched.add(id);
  }, tracking.signal);
  search.attach(db, signal);

  async function fill(contacts: readonly Contact[]): Promise<ContactSearch> {
    try {
      let i = 0;
      while (i < contacts.length && !rebuilt) {
        await yieldToPage();
        signal.throwIfAborted();
        const until = performance.now() + SLICE_MS;
        do {
          const end = Math.min(contacts.length, i + 32);
          for (; i < end; i++) {
            const c = contacts[i]!;
            if (!touched.has(c.id)) search.upsert(c);
          }
        } while (i < contacts.length && !rebuilt && performance.now() < until);
      }
      // A wholesale change came in meanwhile: index what is stored now (attach() does the same).
      if (rebuilt) search.reset(await readAllContacts(db, signal));
    } finally {
      tracking.abort();
    }
    return search;
  }
  return { fill };
}
