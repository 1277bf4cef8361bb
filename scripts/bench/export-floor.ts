// The JSON backup export's floor (see floor.ts), run in the page by store-bench-page.ts: what the
// engine and the browser need to read the same records and make a file of them at all. One
// read transaction over every store the backup holds, a plain IndexedDB getAll() of each, one
// JSON.stringify of them all and one Blob of that string; nothing else (no paging, no reading
// contacts back to whole ones, no settings parsing, no backup header).

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/**
 * Milliseconds to read every record of the named stores of `db` and make one JSON Blob of them,
 * and the Blob's size. `beforeTiming` runs just before the clock starts (the bench collects
 * garbage there).
 */
export async function timeExportFloor(
  db: IDBDatabase,
  names: readonly string[],
  opts: { beforeTiming?: () => void } = {},
): Promise<{ ms: number; bytes: number }> {
  opts.beforeTiming?.();
  const t = performance.now();
  const tx = db.transaction(names, 'readonly');
  const all = await Promise.all(names.map((name) => request(tx.objectStore(name).getAll())));
  const stores: Record<string, unknown[]> = {};
  names.forEach((name, i) => {
    stores[name] = all[i]!;
  });
  const file = new Blob([JSON.stringify(stores)], { type: 'application/json' });
  return { ms: performance.now() - t, bytes: file.size };
}
