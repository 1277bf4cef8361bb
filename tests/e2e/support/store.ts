// Reading the extension's IndexedDB from outside, for end-to-end assertions: raw IDB in the
// service worker (or an extension page), so the check does not trust the code under test.
import type { Page, Worker } from 'playwright-core';

export type Row = Record<string, unknown> & { id: string };

/** Reads `store` of the `coffee-chat` database inside the page or worker: its records, or its index names. */
function readStore<T>(where: Worker | Page, store: string, what: 'records' | 'index-names'): Promise<T> {
  // Worker and Page have the same evaluate; TypeScript cannot call a union of overloads.
  return (where as Page).evaluate(
    async ([s, w]: [string, string]) => {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const r = indexedDB.open('coffee-chat');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      try {
        const os = db.transaction(s).objectStore(s);
        if (w === 'index-names') return [...os.indexNames].sort();
        return await new Promise<unknown[]>((res, rej) => {
          const q = os.getAll();
          q.onsuccess = () => res(q.result);
          q.onerror = () => rej(q.error);
        });
      } finally {
        db.close();
      }
    },
    [store, what] as [string, string],
  ) as Promise<T>;
}

/** Every record of `store` in the `coffee-chat` database, as stored. */
export function dbAll(where: Worker | Page, store: string): Promise<Row[]> {
  return readStore<Row[]>(where, store, 'records');
}

/** The database's version as stored on disk. */
export function dbVersion(where: Worker | Page): Promise<number> {
  return (where as Page).evaluate(async () => {
    const list = await indexedDB.databases();
    return list.find((d) => d.name === 'coffee-chat')?.version ?? 0;
  });
}

/** The names of `store`'s indexes as they are on disk, sorted. */
export function dbIndexNames(where: Worker | Page, store: string): Promise<string[]> {
  return readStore<string[]>(where, store, 'index-names');
}

/** The name as shown, from a raw record (compact ones, written by imports, leave out empty edits). */
export const nameOf = (c: Row): string | undefined =>
  (c['edits'] as { name?: string } | undefined)?.name ?? (c['captured'] as { name?: string } | null | undefined)?.name;
