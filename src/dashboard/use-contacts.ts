// The dashboard's contact list, kept in memory and current from the store's change broadcast.
// The first screen comes from an index walk (24 rows, fast even at 30,000 contacts); once it
// is painted, the full list and then the search index follow in small pieces (store/contact-slices.ts),
// so typing never waits on IndexedDB and the page never freezes while they load.
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Contact, Stage } from '../domain/contact.ts';
import {
  ContactSearch,
  keepSearchCurrent,
  newestContacts,
  readAllContacts,
  refreshSearch,
} from '../store/contact-list.ts';
import { getContact, onStoreChange, type StoreChange } from '../store/index.ts';
import { afterPaint } from './after-paint.ts';

export interface ContactsState {
  /** The first page has been read (or the read failed): the store answers. */
  ready: boolean;
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

/** Newest first, ties in the updatedAt index's 'prev' order (id descending), so the full list
 * starts with the same rows as the first page (an import gives thousands the same time). */
function sorted(map: Map<string, Contact>): Contact[] {
  return [...map.values()].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

function countsOf(list: Contact[]): Record<Stage, number> {
  const out = {} as Record<Stage, number>;
  for (const c of list) out[c.stage] = (out[c.stage] ?? 0) + 1;
  return out;
}

export function useContacts(): ContactsState {
  const [ready, setReady] = useState(false);
  const [byId, setById] = useState<Map<string, Contact>>(new Map());
  const [first, setFirst] = useState<Contact[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [search, setSearch] = useState<ContactSearch | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  // A layout effect: the reads start right after the first commit, not a frame later.
  useLayoutEffect(() => {
    const ac = new AbortController();
    const fail = (e: unknown) => {
      if (!ac.signal.aborted) setError(e instanceof Error ? e.message : String(e));
    };
    (async () => {
      // Writes from now on: held until the full list is in, then applied on top of it.
      let held: StoreChange[][] | null = [];
      onStoreChange((changes) => {
        if (held) held.push(changes);
        else void apply(changes).catch(fail);
      }, ac.signal);
      // A screenful, not more: the rest follows once it is on screen.
      const list = await newestContacts(FIRST_PAGE).catch((e: unknown) => {
        setReady(true);
        throw e;
      });
      if (ac.signal.aborted) return;
      // One render for both: the page goes from "Loading…" straight to the first rows.
      setReady(true);
      setFirst(list);
      // Nothing else runs until those rows are on screen.
      await afterPaint();
      if (ac.signal.aborted) return;
      // The full list (stage counts come from it too: an index count per stage costs seconds
      // at 30,000) and then the search index, both in small pieces so the page stays responsive.
      const all = await readAllContacts(ac.signal);
      setById(new Map(all.map((c) => [c.id, c])));
      setComplete(true);
      await afterPaint();
      ac.signal.throwIfAborted();
      const search = ContactSearch.inBackground(all, { signal: ac.signal });
      void keepSearchCurrent(search, ac.signal).catch(fail);
      // Writes made while the list was read: into the list, and into the index (they win).
      const replay = held;
      held = null;
      for (const changes of replay) {
        void apply(changes).catch(fail);
        void refreshSearch(search, changes).catch(fail);
      }
      await search.ready;
      ac.signal.throwIfAborted();
      setSearch(search);
    })().catch(fail);

    async function apply(changes: StoreChange[]) {
      const c = changes.find((x) => x.store === 'contacts');
      if (c) {
        const fresh = c.ids === 'all' ? null : await Promise.all(c.ids.map((id) => getContact(id)));
        const all = c.ids === 'all' ? await readAllContacts(ac.signal) : null;
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
  return { ready, list, byId: firstById, counts, complete, search, error, version };
}
