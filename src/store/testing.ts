// The store's door for tests of pages and their parts: a fresh database of their own that the
// door's functions (index.ts) then use, plus invented profiles. Never imported by shipped code
// (scripts/check-boundaries.mjs).
import { setDoorDatabaseName } from './connection.ts';
import type { DB } from './schema.ts';
import { freshDb } from './test-util.ts';

export { profile } from './test-util.ts';

/** A new, empty database, which the door's functions use until the next call. Returns it for setup and checks. */
export async function freshStore(): Promise<DB> {
  const db = await freshDb();
  setDoorDatabaseName(db.name);
  return db;
}
