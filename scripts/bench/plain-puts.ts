// The import's floor (see floor.ts), run in the page by store-bench-page.ts: the same records put
// into stores of the same shape (key path, indexes) by plain IndexedDB calls in one transaction,
// and nothing else (no parsing, no planning, no checks, no notice): what the engine needs to write
// them at all.

export interface StoreShape {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}

/** The shape of each named store of an open database, to build the same stores elsewhere. */
export function storeShapes(db: IDBDatabase, names: readonly string[]): StoreShape[] {
  const tx = db.transaction(names);
  return names.map((name) => {
    const store = tx.objectStore(name);
    return {
      name,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].map((n) => {
        const i = store.index(n);
        return { name: i.name, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry };
      }),
    };
  });
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/**
 * Milliseconds to put every store's `records` into a fresh database with those stores, in one
 * readwrite transaction, until it completes. `beforeTiming` runs just before the clock starts (the
 * bench collects garbage there). The database is deleted afterwards.
 */
export async function timePlainPuts(
  stores: readonly { shape: StoreShape; records: readonly unknown[] }[],
  opts: { beforeTiming?: () => void; dbName?: string } = {},
): Promise<number> {
  const name = opts.dbName ?? 'bench-floor';
  await request(indexedDB.deleteDatabase(name));
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    for (const { shape } of stores) {
      const os = open.result.createObjectStore(shape.name, {
        keyPath: shape.keyPath,
        autoIncrement: shape.autoIncrement,
      });
      for (const i of shape.indexes) os.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
    }
  };
  const db = await request(open);
  opts.beforeTiming?.();
  const t = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(
      stores.map((s) => s.shape.name),
      'readwrite',
    );
    for (const { shape, records } of stores) {
      const os = tx.objectStore(shape.name);
      for (const r of records) os.put(r);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const ms = performance.now() - t;
  db.close();
  await request(indexedDB.deleteDatabase(name));
  return ms;
}
