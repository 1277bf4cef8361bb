// Every schema version, in order. Each step is an `if (oldVersion < N)` block in effect:
// a database at version K runs every step after K. To change the schema, append
// { version: N + 1, up } (and a seed for it in migrations.test.ts), bump DB_VERSION.
// Steps may return a promise when they rewrite records; they must await only IDB requests
// on the upgrade transaction, or the transaction closes under them.
import type { DB, UpgradeTx } from '../schema.ts';
import { v1 } from './v1.ts';
import { v2 } from './v2.ts';
import { v3 } from './v3.ts';

export interface Migration {
  version: number;
  up(db: DB, tx: UpgradeTx): void | Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  { version: 1, up: (db) => v1(db) },
  { version: 2, up: (_db, tx) => v2(tx) },
  { version: 3, up: (db) => v3(db) },
];

/** Runs the steps from oldVersion (exclusive) to target (inclusive). */
export async function migrate(db: DB, tx: UpgradeTx, oldVersion: number, target: number): Promise<void> {
  for (const m of MIGRATIONS) {
    if (oldVersion < m.version && m.version <= target) {
      const pending = m.up(db, tx);
      // Only await real promises: an extra microtask hop between synchronous steps is harmless
      // in browsers, but there is no reason to take it.
      if (pending) await pending;
    }
  }
}
