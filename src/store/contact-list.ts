// The store's door for the dashboard's contact list (see index.ts): every contact read in slices
// (contact-slices.ts) and the search index kept current. An entry of its own so pages that do
// not search (the popup) do not load MiniSearch; and the search code itself is loaded with
// import() (loadContactSearch), so the dashboard's first rows need none of it.
import type { StoreChange } from './changes.ts';
import { bound } from './connection.ts';
import * as slices from './contact-slices.ts';
import type { ContactSearch } from './search.ts';

export type { CompanyHit, ContactSearch, SearchHit } from './search.ts';

export const newestContacts = /* @__PURE__ */ bound(slices.newestContacts);
export const readAllContacts = /* @__PURE__ */ bound(slices.readAllContacts);
/** Applies writes the index has not heard about (made before it was attached) to it. */
export const refreshSearch = /* @__PURE__ */ bound((db, search: ContactSearch, changes: StoreChange[]) =>
  slices.refreshIndex(search, db, changes),
);
/** Keeps `search` current with the store's writes until `signal` aborts (ContactSearch.attach). */
export const keepSearchCurrent = /* @__PURE__ */ bound(async (db, search: ContactSearch, signal: AbortSignal) =>
  search.attach(db, signal),
);

/** The ContactSearch class, its code (MiniSearch and the indexes, tens of kB) fetched on first use. */
export async function loadContactSearch(): Promise<typeof ContactSearch> {
  return (await import('./search.ts')).ContactSearch;
}
