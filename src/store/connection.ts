// The connection behind the store's door (index.ts). Pages never hold the database: each door
// function opens it here (openDb keeps one shared connection per page) and passes it to the
// repository function it wraps. Tests point the door at a database of their own (testing.ts).
import { openDb } from './db.ts';
import { type DB, DB_NAME } from './schema.ts';

let name = DB_NAME;

/** The database the door uses. Only store/ and its tests call this. */
export function doorDatabase(): Promise<DB> {
  return openDb(name);
}

/** Test-only (through testing.ts): the door's functions use the database `dbName` from now on. */
export function setDoorDatabaseName(dbName: string): void {
  name = dbName;
}

/**
 * A repository function `f(db, ...args)` as the door offers it: `f(...args)`, on the door's database.
 * Free of side effects, so a bundle drops the door functions it does not use. (A chunk shared by
 * several pages keeps what any of them uses: hence the door's several entries, see index.ts.)
 */
/* @__NO_SIDE_EFFECTS__ */
export function bound<A extends unknown[], R>(f: (db: DB, ...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => f(await openDb(name), ...args);
}
