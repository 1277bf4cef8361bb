// Opening the database. One shared connection per name and context; pages call openDb()
// whenever they need it. When another context upgrades or deletes the database
// (`versionchange`), this connection closes itself and the next openDb() opens a fresh one.
import { deleteDB, openDB } from 'idb';
import { OutdatedPageError } from './errors.ts';
import { migrate } from './migrations/index.ts';
import { requestPersistence } from './persist.ts';
import { type CoffeeChatDB, type DB, DB_NAME, DB_VERSION } from './schema.ts';

export type { CoffeeChatDB, DB } from './schema.ts';
export { DB_NAME, DB_VERSION } from './schema.ts';

const open = new Map<string, Promise<DB>>();

function forget(name: string, db: DB): void {
  const cached = open.get(name);
  void cached?.then((d) => {
    if (d === db) open.delete(name);
  });
}

async function connect(name: string): Promise<DB> {
  // `migrate` may be async; hold the upgrade until it has finished before resolving.
  let migrating: Promise<void> = Promise.resolve();
  const db = await openDB<CoffeeChatDB>(name, DB_VERSION, {
    upgrade(udb, oldVersion, newVersion, tx) {
      migrating = migrate(udb, tx, oldVersion, newVersion ?? DB_VERSION);
      migrating.catch(() => tx.abort());
    },
    blocking() {
      // A newer version (or a delete) waits for us: step aside at once.
      forget(name, db);
      db.close();
    },
    terminated() {
      forget(name, db);
    },
  });
  await migrating;
  void requestPersistence();
  return db;
}

export function openDb(name: string = DB_NAME): Promise<DB> {
  let p = open.get(name);
  if (!p) {
    p = connect(name).catch((e: unknown) => {
      throw (e as { name?: string })?.name === 'VersionError' ? new OutdatedPageError(e) : e;
    });
    open.set(name, p);
    p.catch(() => open.delete(name));
  }
  return p;
}

/** Closes our connection (tests, and before deleting the database). */
export async function closeDb(name: string = DB_NAME): Promise<void> {
  const p = open.get(name);
  open.delete(name);
  if (p) (await p.catch(() => null))?.close();
}

export async function deleteDatabase(name: string = DB_NAME): Promise<void> {
  await closeDb(name);
  await deleteDB(name);
}
