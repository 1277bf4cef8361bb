// Loading 30,000 contacts without freezing the page. One getAll of them all is one task of
// 0.4–0.9 s (the structured-clone decode runs on the main thread): a long task that makes the
// page (and every other page of the extension, which share its main thread) wait. It is read
// here in small pieces instead (the dashboard waits for a paint in between: dashboard/after-paint.ts);
// the search index is built in slices by ContactSearch.inBackground.
import { unwrap, wrap } from 'idb';
import type { Contact } from '../domain/contact.ts';
import type { StoreChange } from './changes.ts';
import { readContact, type StoredContact } from './contact-record.ts';
import { allContacts, getContact, listContacts } from './contacts.ts';
import type { DB } from './db.ts';
import type { ContactSearch } from './search.ts';

/** Contacts per read: a few ms of decoding each. */
const READ_CHUNK = 500;

/** IDBIndex.getAllRecords (Chrome 141+): a page of an index in either direction in one request. */
type RecordsIndex = IDBIndex & {
  getAllRecords?: (opts: {
    query?: IDBKeyRange | null;
    count?: number;
    direction?: IDBCursorDirection;
  }) => IDBRequest<{ value: Contact }[]>;
};

/**
 * The `limit` most recently updated contacts, as listContacts gives them: in one request where
 * the browser has getAllRecords, instead of a cursor's round trip per step or two.
 */
export async function newestContacts(db: DB, limit: number): Promise<Contact[]> {
  const index = unwrap(db.transaction('contacts').store.index('updatedAt')) as RecordsIndex;
  if (typeof index.getAllRecords !== 'function') return listContacts(db, { limit });
  const records = await wrap(index.getAllRecords({ count: limit, direction: 'prev' }));
  return records.map((r) => readContact(r.value));
}

/**
 * Every contact, in id order, read in chunks inside one transaction (one consistent snapshot).
 * Each chunk arrives in a task of its own, so the page paints and handles input in between.
 */
export async function readAllContacts(db: DB, signal: AbortSignal): Promise<Contact[]> {
  const store = db.transaction('contacts').store;
  const out: Contact[] = [];
  let after: string | null = null;
  for (;;) {
    const chunk: StoredContact[] = await store.getAll(
      after === null ? null : IDBKeyRange.lowerBound(after, true),
      READ_CHUNK,
    );
    signal.throwIfAborted();
    for (const c of chunk) out.push(readContact(c));
    if (chunk.length < READ_CHUNK) return out;
    after = chunk[chunk.length - 1]!.id;
  }
}

/** Applies writes the index has not heard about (made before it was attached) to it. */
export async function refreshIndex(search: ContactSearch, db: DB, changes: StoreChange[]): Promise<void> {
  const c = changes.find((x) => x.store === 'contacts');
  if (!c) return;
  if (c.ids === 'all') return search.reset(await allContacts(db));
  const fresh = await Promise.all(c.ids.map((id) => getContact(db, id)));
  c.ids.forEach((id, i) => {
    const contact = fresh[i];
    if (contact) search.upsert(contact);
    else search.remove(id);
  });
}
