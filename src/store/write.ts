// The one path for read-write transactions: all or nothing, quota errors made typed,
// and a change notice sent only after the commit.
import type { IDBPTransaction } from 'idb';
import { ChangeLog, publish } from './changes.ts';
import { isQuotaError, StorageFullError } from './errors.ts';
import type { CoffeeChatDB, DB, StoreName } from './schema.ts';

export type WriteTx<S extends StoreName[]> = IDBPTransaction<CoffeeChatDB, S, 'readwrite'>;

export async function write<const S extends StoreName[], T>(
  db: DB,
  stores: S,
  fn: (tx: WriteTx<S>, log: ChangeLog) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  const log = new ChangeLog();
  // Keep a handled reference: after an abort `done` rejects, and nobody else awaits it.
  const done = tx.done.then(
    () => null,
    (e: unknown) => e ?? new Error('transaction aborted'),
  );
  try {
    const result = await fn(tx, log);
    const failure = await done;
    if (failure) throw failure;
    publish(log.list());
    return result;
  } catch (e) {
    try {
      tx.abort(); // an exception in fn must not let the writes before it commit
    } catch {
      // already finished or aborted
    }
    await done;
    if (isQuotaError(e) || isQuotaError(tx.error)) throw new StorageFullError(e);
    throw e;
  }
}
