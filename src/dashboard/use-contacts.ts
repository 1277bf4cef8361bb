// The dashboard's contact list, kept in memory and current from the store's change broadcast.
// The first screen comes from an index walk (24 rows, fast even at 30,000 contacts), started
// before the page first renders (startFirstScreen, from main.tsx); once it is painted, the full
// list and then the search index (its code fetched then) follow in small pieces
// (store/contact-slices.ts), so typing never waits on IndexedDB and the page never freezes while they load.
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Contact, Stage } from '../domain/contact.ts';
import {
  type ContactSearch,
  keepSearchCurrent,
  loadContactSearch,
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

/** The first screen's read and the writes heard since it started, until useContacts takes them. */
interface FirstScreen {
  rows: Promise<Contact[]>;
  /** Hands every change heard so far, and each one from now on, to `cb`. */
  listen(cb: (changes: StoreChange[]) => void): void;
  stop: AbortController;
}

let started: FirstScreen | null = null;

function firstScreen(): FirstScreen {
  const stop = new AbortController();
  const heard: StoreChange[][] = [];
  let sink: ((changes: StoreChange[]) => void) | null = null;
  // Listening starts with the read, so no write between the two is missed.
  onStoreChange((changes) => (sink ? sink(changes) : heard.push(changes)), stop.signal);
  const rows = newestContacts(FIRST_PAGE);
  rows.catch(() => undefined); // useContacts reports it; not an unhandled rejection meanwhile
  return {
    rows,
    stop,
    listen(cb) {
      sink = cb;
      for (const changes of heard.splice(0)) cb(changes);
    },
  };
}

/**
 * Starts reading the first screen now: the database opens and the rows are read while the
 * page's code is still running and its first frame is drawn. The next useContacts takes it.
 */
export function startFirstScreen(): void {
  started ??= firstScreen();
}

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
    // A screenful, not more (started early by main.tsx, or now): the rest follows once it is on screen.
    const first = started ?? firstScreen();
    started = null;
    ac.signal.addEventListener('abort', () => first.stop.abort(), { once: true });
    (async () => {
      // Writes from the first read on: held until the full list is in, then applied on top of it.
      let held: StoreChange[][] | null = [];
      first.listen((changes) => {
        if (held) held.push(changes);
        else void apply(changes).catch(fail);
      });
      const list = await first.rows.catch((e: unknown) => {
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
      // The search code is fetched meanwhile.
      const searchCode = loadContactSearch();
      searchCode.catch(() => undefined); // reported below, once awaited
      const all = await readAllContacts(ac.signal);
      setById(new Map(all.map((c) => [c.id, c])));
      setComplete(true);
      await afterPaint();
      ac.signal.throwIfAborted();
      const ContactSearch = await searchCode;
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
