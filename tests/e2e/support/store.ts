// Reading the extension's IndexedDB from outside, for end-to-end assertions: raw IDB in the
// service worker (or an extension page), so the check does not trust the code under test.
import type { Page, Worker } from 'playwright-core';

export type Row = Record<string, unknown> & { id: string };

/** Every record of `store` in the `coffee-chat` database, as stored. */
export function dbAll(where: Worker | Page, store: string): Promise<Row[]> {
  // Worker and Page have the same evaluate; TypeScript cannot call a union of overloads.
  return (where as Page).evaluate(async (s: string) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('coffee-chat');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    try {
      return await new Promise<unknown[]>((res, rej) => {
        const q = db.transaction(s).objectStore(s).getAll();
        q.onsuccess = () => res(q.result);
        q.onerror = () => rej(q.error);
      });
    } finally {
      db.close();
    }
  }, store) as Promise<Row[]>;
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
  return (where as Page).evaluate(async (s: string) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('coffee-chat');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    try {
      return [...db.transaction(s).objectStore(s).indexNames].sort();
    } finally {
      db.close();
    }
  }, store);
}

/** The name as shown, from a raw record (compact ones, written by imports, leave out empty edits). */
export const nameOf = (c: Row): string | undefined =>
  (c['edits'] as { name?: string } | undefined)?.name ?? (c['captured'] as { name?: string } | null | undefined)?.name;
