// The dashboard: pipeline, search and the windowed list on the left, the chosen contact on
// the right; due reminders, the referral tree and "who do I know at…" as views of their own.
// The URL holds what is open (?contact=…&reminder=…&view=…), so the popup and notifications link here.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Stage } from '../domain/contact.ts';
import browser from '../lib/browser.ts';
import { optionsPath } from '../lib/page-urls.ts';
import { ContactList } from './ContactList.tsx';
import { memo } from './memo.ts';
import { Pipeline } from './Pipeline.tsx';
import { useContacts } from './use-contacts.ts';
import { usePanels } from './use-panels.ts';

const VIEWS = {
  contacts: 'Contacts',
  reminders: 'Due reminders',
  tree: 'Referral tree',
  who: 'Who do I know at…',
  learned: 'What I’ve learned',
  next: 'Who next',
} as const;
type View = keyof typeof VIEWS;
/** Enough to scroll through; beyond it, typing another letter is quicker than scrolling. */
const SEARCH_LIMIT = 500;
// A keystroke re-renders App: these only when their own props change.
const PipelineMemo = memo(Pipeline);
const ContactListMemo = memo(ContactList);

function readUrl() {
  const q = new URLSearchParams(location.search);
  const v = q.get('view');
  return { contact: q.get('contact'), reminder: q.get('reminder'), view: (v && v in VIEWS ? v : 'contacts') as View };
}

export function App() {
  const data = useContacts();
  const [route, setRoute] = useState(readUrl);
  const [stage, setStage] = useState<Stage | null>(null);
  const [query, setQuery] = useState('');
  // "<Name> deleted.": said until the user goes somewhere else.
  const [notice, setNotice] = useState<string | null>(null);
  // The contact just deleted, until the list no longer shows it; then the list takes focus.
  const [deletedId, setDeletedId] = useState<string | null>(null);
  const [listFocus, setListFocus] = useState(0);
  // The detail, reminders and other views: fetched once the list is painted, or at once when
  // one of them is what the page opened on.
  const { panels, error: panelsError } = usePanels(
    route.view !== 'contacts' || route.contact ? 'now' : data.ready ? 'after-paint' : 'not-yet',
  );
  const panelsPending = panelsError ? (
    <p class="notice notice-error" role="alert">
      Could not load this part of the dashboard: {panelsError}
    </p>
  ) : (
    <p role="status">
      <span class="spinner" aria-hidden="true" /> Loading…
    </p>
  );
  useEffect(() => {
    const onPop = () => setRoute(readUrl());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // Stable callbacks (the route is read through a ref), so the memoised panes below skip a
  // re-render when only the search query changed.
  const routeRef = useRef(route);
  routeRef.current = route;
  const go = useCallback(
    (next: { contact?: string | null; reminder?: string | null; view?: View }, how: 'push' | 'replace' = 'push') => {
      const r = { ...routeRef.current, reminder: null, ...next };
      const q = new URLSearchParams();
      if (r.view !== 'contacts') q.set('view', r.view);
      if (r.contact) q.set('contact', r.contact);
      if (r.reminder) q.set('reminder', r.reminder);
      if (how === 'push') history.pushState(null, '', `?${q}`);
      else history.replaceState(null, '', `?${q}`);
      routeRef.current = r;
      setRoute(r);
      setNotice(null);
    },
    [],
  );
  const openContact = useCallback(
    (id: string, reminder: string | null = null) => go({ view: 'contacts', contact: id, reminder }),
    [go],
  );
  const openContactOnly = useCallback((id: string) => openContact(id), [openContact]);

  const shown = useMemo(() => {
    if (query.trim() && data.search) {
      const hits = data.search.search(query, { limit: SEARCH_LIMIT, ...(stage ? { stage } : {}) });
      return hits.map((h) => data.byId.get(h.id)).filter((c) => c !== undefined);
    }
    return stage ? data.list.filter((c) => c.stage === stage) : data.list;
  }, [query, stage, data.list, data.byId, data.search]);

  // Where the selection goes if the open contact is deleted: the next one in the list (the one
  // before it when it was the last; none when it was alone). Kept from the last list that showed
  // it: the store's broadcast may take the row out before the delete's own call returns.
  const successor = useRef<{ id: string; next: string | null } | null>(null);
  const around = useMemo(() => {
    const at = route.contact ? shown.findIndex((c) => c.id === route.contact) : -1;
    return at < 0 ? null : { id: shown[at]!.id, next: (shown[at + 1] ?? shown[at - 1])?.id ?? null };
  }, [shown, route.contact]);
  if (around) successor.current = around;
  // Back does not return to the deleted contact.
  const onDeleted = useCallback(
    (id: string, name: string) => {
      const next = successor.current?.id === id ? successor.current.next : null;
      go({ contact: next }, 'replace');
      setNotice(`${name} deleted.`);
      setDeletedId(id);
      // The button used sat at the foot of a long page: the next contact is shown from its top.
      scrollTo({ top: 0 });
    },
    [go],
  );
  // Focus goes to the list once the deleted row has left it (rows are keyed by position: a
  // row focused earlier would then show the contact after). An empty list: the search field.
  useEffect(() => {
    if (!deletedId || shown.some((c) => c.id === deletedId)) return;
    setDeletedId(null);
    if (shown.length) setListFocus((n) => n + 1);
    else document.getElementById('cc-search')?.focus();
  }, [deletedId, shown]);

  const listLabel = query.trim() ? `Search results for “${query.trim()}”` : 'Contacts';
  return (
    <div class="cc-app">
      <header class="cc-top">
        <h1>Coffee Chat</h1>
        <nav aria-label="Dashboard views" class="row">
          {(Object.keys(VIEWS) as View[]).map((v) => (
            <button
              key={v}
              type="button"
              class="cc-tab"
              aria-current={route.view === v ? 'page' : undefined}
              onClick={() => go({ view: v, contact: route.contact })}
            >
              {VIEWS[v]}
            </button>
          ))}
        </nav>
        <a class="cc-settings-link" href={browser.runtime.getURL(optionsPath())}>
          Settings
        </a>
      </header>
      {data.error && (
        <p class="notice notice-error" role="alert">
          Could not open your contacts: {data.error}
        </p>
      )}
      {!data.ready && !data.error && (
        <p role="status" class="cc-pad">
          <span class="spinner" aria-hidden="true" /> Loading…
        </p>
      )}
      {data.ready && route.view === 'contacts' && (
        <main class="cc-main">
          <div class="cc-side">
            <PipelineMemo counts={data.counts} stage={stage} onStage={setStage} />
            <div class="cc-field">
              <label for="cc-search">Search contacts</label>
              <input
                id="cc-search"
                type="search"
                value={query}
                placeholder="Name, company, title, school, notes…"
                onInput={(e) => setQuery(e.currentTarget.value)}
              />
            </div>
            <p class="muted small" role="status" data-testid="list-count">
              {query.trim() && !data.search
                ? 'Preparing search…'
                : query.trim() && shown.length >= SEARCH_LIMIT
                  ? `The best ${SEARCH_LIMIT} matches: type more to narrow`
                  : `${shown.length.toLocaleString()} ${shown.length === 1 ? 'contact' : 'contacts'}${data.complete ? '' : ' (loading the rest…)'}`}
            </p>
            {data.list.length === 0 && data.complete ? (
              <p class="card">No contacts yet. Open a profile and click the Coffee Chat button to save one.</p>
            ) : (
              <ContactListMemo
                contacts={shown}
                selectedId={route.contact}
                onOpen={openContactOnly}
                label={listLabel}
                focusRequest={listFocus}
              />
            )}
          </div>
          <div class="cc-detail">
            <div role="status" class="cc-detail-notice">
              {notice && <p class="notice notice-ok">{notice}</p>}
            </div>
            {route.contact ? (
              panels ? (
                <panels.ContactDetailMemo
                  id={route.contact}
                  reminderId={route.reminder}
                  version={data.version}
                  onOpen={openContactOnly}
                  onDeleted={onDeleted}
                />
              ) : (
                panelsPending
              )
            ) : (
              <div class="stack">
                <p class="card muted">
                  Choose a contact to see their history, the next message due and the meetings you have had.
                </p>
                <section class="card stack" aria-labelledby="cc-due-h">
                  <h2 id="cc-due-h">Due reminders</h2>
                  {panels ? (
                    <panels.DueRemindersMemo version={data.version} byId={data.byId} onOpen={openContact} />
                  ) : (
                    panelsPending
                  )}
                </section>
              </div>
            )}
          </div>
        </main>
      )}
      {data.ready && route.view !== 'contacts' && (
        <main class="cc-page stack">
          <h2>{VIEWS[route.view]}</h2>
          {!panels && panelsPending}
          {panels && route.view === 'reminders' && (
            <panels.DueReminders version={data.version} byId={data.byId} onOpen={openContact} />
          )}
          {panels && route.view === 'tree' && <panels.ReferralTree version={data.version} onOpen={openContactOnly} />}
          {panels && route.view === 'learned' && <panels.LearnedView version={data.version} onOpen={openContactOnly} />}
          {panels && route.view === 'next' && <panels.WhoNextView version={data.version} onOpen={openContactOnly} />}
          {panels && route.view === 'who' && <panels.WhoDoIKnowView search={data.search} byId={data.byId} />}
        </main>
      )}
    </div>
  );
}
