// The dashboard's contact list, kept in memory and current from the store's change broadcast.
// The first screen comes from an index walk (24 rows, fast even at 30,000 contacts); the full
// list and the search index follow, so typing never waits on IndexedDB.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Contact, Stage } from '../domain/contact.ts';
import { onStoreChange, type StoreChange } from '../store/changes.ts';
import { listContacts } from '../store/contacts.ts';
import { type DB, openDb } from '../store/db.ts';
import { ContactSearch } from '../store/search.ts';

export interface ContactsState {
  db: DB | null;
  /** Most recently updated first. Only the first page until `complete`. */
  list: Contact[];
  byId: Map<string, Contact>;
  counts: Record<Stage, number> | null;
  complete: boolean;
  search: ContactSearch | null;
  error: string | null;
  /** Bumped on every store change: detail panes re-read. */
  version: number;
}

const FIRST_PAGE = 24;

function sorted(map: Map<string, Contact>): Contact[] {
  return [...map.values()].sort((a, b) => b.updatedAt - a.updatedAt);
}

function countsOf(list: Contact[]): Record<Stage, number> {
  const out = {} as Record<Stage, number>;
  for (const c of list) out[c.stage] = (out[c.stage] ?? 0) + 1;
  return out;
}

export function useContacts(): ContactsState {
  const [db, setDb] = useState<DB | null>(null);
  const [byId, setById] = useState<Map<string, Contact>>(new Map());
  const [first, setFirst] = useState<Contact[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [search, setSearch] = useState<ContactSearch | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const ac = new AbortController();
    const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
    (async () => {
      const d = await openDb();
      setDb(d);
      // Each cursor step is a round trip to the database process: a screenful, not more.
      // Stage counts come from the full list (an index count per stage costs seconds at 30,000).
      const list = await listContacts(d, { limit: FIRST_PAGE });
      if (ac.signal.aborted) return;
      setFirst(list);
      const all = await d.getAll('contacts');
      if (ac.signal.aborted) return;
      setById(new Map(all.map((c) => [c.id, c])));
      setComplete(true);
      // The index is built after the list shows, so it never delays the first screen.
      setTimeout(() => {
        if (ac.signal.aborted) return;
        const s = ContactSearch.fromContacts(all);
        s.attach(d, ac.signal);
        setSearch(s);
      }, 0);
      onStoreChange((changes) => void apply(d, changes).catch(fail), ac.signal);
    })().catch(fail);

    async function apply(d: DB, changes: StoreChange[]) {
      const c = changes.find((x) => x.store === 'contacts');
      if (c) {
        const fresh = c.ids === 'all' ? null : await Promise.all(c.ids.map((id) => d.get('contacts', id)));
        const all = c.ids === 'all' ? await d.getAll('contacts') : null;
        setById((prev) => {
          if (all) return new Map(all.map((x) => [x.id, x]));
          const next = new Map(prev);
          (c.ids as string[]).forEach((id, i) => {
            const v = fresh?.[i];
            if (v) next.set(id, v);
            else next.delete(id);
          });
          return next;
        });
      }
      setVersion((v) => v + 1);
    }
    return () => ac.abort();
  }, []);

  const list = useMemo(() => (complete ? sorted(byId) : (first ?? [])), [complete, byId, first]);
  const counts = useMemo(() => (complete ? countsOf(list) : null), [complete, list]);
  const firstById = useMemo(() => (complete ? byId : new Map(list.map((c) => [c.id, c]))), [complete, byId, list]);
  return { db, list, byId: firstById, counts, complete, search, error, version };
}
