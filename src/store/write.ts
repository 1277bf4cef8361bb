// The one path for read-write transactions: all or nothing, quota errors made typed,
// and a change notice sent only after the commit.
import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import { ChangeLog, publish } from './changes.ts';
import { isQuotaError, StorageFullError } from './errors.ts';
import type { CoffeeChatDB, DB, StoreName } from './schema.ts';
import { injectFault, installFaultHook } from './test-faults.ts';

// Test-only (dist/chrome-faults, unit tests): a literal `false` in shipped builds (vite.config.ts),
// so the hook is tree-shaken away (tests/e2e/no-fault-hook.test.ts checks).
if (import.meta.env.COFFEE_CHAT_FAULTS) installFaultHook();

export type WriteTx<S extends StoreName[]> = IDBPTransaction<CoffeeChatDB, S, 'readwrite'>;

/**
 * A write transaction that includes at least the stores `S`: what a piece of a user action
 * (an `…In(tx, log, …)` helper) asks for, so actions can compose pieces in one transaction.
 */
export interface TxWith<S extends StoreName> {
  // Typed as in a transaction over every store, so one that has more stores than S still fits.
  objectStore<N extends S>(name: N): IDBPObjectStore<CoffeeChatDB, StoreName[], N, 'readwrite'>;
}

export interface WriteOptions {
  /**
   * 'relaxed': the commit is reported once the writes are handed to the operating system, not
   * once they are on disk. Still all or nothing; see the README (Import) for what it risks.
   */
  durability?: 'relaxed';
}

export async function write<const S extends StoreName[], T>(
  db: DB,
  stores: S,
  fn: (tx: WriteTx<S>, log: ChangeLog) => Promise<T>,
  opts: WriteOptions = {},
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite', opts.durability ? { durability: opts.durability } : undefined);
  const log = new ChangeLog();
  // Keep a handled reference: after an abort `done` rejects, and nobody else awaits it.
  const done = tx.done.then(
    () => null,
    (e: unknown) => e ?? new Error('transaction aborted'),
  );
  try {
    const result = await fn(tx, log);
    if (import.meta.env.COFFEE_CHAT_FAULTS) injectFault(log.list().map((c) => c.store));
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
