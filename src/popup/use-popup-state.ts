import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Activity, Contact, Stage } from '../domain/contact.ts';
import { type CapturedProfile, type CaptureResult, emptyProfile, type LinkedPerson } from '../domain/profile.ts';
import { profileKey } from '../domain/profile-url.ts';
import { monthOf, withChecks } from '../domain/self-check.ts';
import {
  changeStage,
  describeChanges,
  getContactByProfileUrl,
  listActivity,
  markReachedOut as markStoredReachedOut,
  onStoreChange,
  openStore,
  readFailureMessage,
  type SaveInput,
  type SentHow,
  saveFromLink,
  savePerson,
} from '../store/index.ts';
import type { PageCapture } from './page-capture.ts';
import { PageCaptureError } from './page-capture-error.ts';

export interface Person {
  profile: CapturedProfile;
  saved: Contact | null;
  /** What differs from the last saved capture ("New position: …"). */
  changes: string[];
  lastActivity: Activity | null;
  /** Re-reading them after another page's change failed: what is shown may be out of date. */
  readError?: string;
}

export type PopupState =
  | { status: 'loading' }
  | { status: 'failed'; message: string; pageUrl: string | null }
  | {
      status: 'not-profile';
      result: Extract<CaptureResult, { kind: 'not-profile' }>;
      pageUrl: string | null;
      savedUrls: Set<string>;
    }
  | ({ status: 'profile' } & Person);

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The contact stored for a profile address, and its last activity. */
interface Stored {
  saved: Contact | null;
  lastActivity: Activity | null;
}

async function storedAt(url: string): Promise<Stored> {
  const saved = (await getContactByProfileUrl(url)) ?? null;
  const timeline = saved ? await listActivity(saved.id) : [];
  return { saved, lastActivity: timeline.at(-1) ?? null };
}

/**
 * The captured profile with what the store holds for it. `early` is a lookup of the tab's
 * address started while the page was being read: used when the capture names the same profile
 * (the usual case), otherwise the profile's own address is looked up.
 */
async function lookUp(profile: CapturedProfile, early?: { url: string; stored: Promise<Stored> }): Promise<Person> {
  const same = early !== undefined && profileKey(early.url) === profileKey(profile.url);
  const { saved, lastActivity } = await (same ? early.stored : storedAt(profile.url));
  const changes = saved?.captured ? describeChanges(saved.captured, profile) : [];
  return { profile, saved, changes, lastActivity };
}

/**
 * What the popup shows first: what the capture found on the tab, looked up in the store.
 * popup-app.tsx starts it before the first render. The store opens while the page is being read, and
 * the tab's address (`pageUrl`, known before the capture ends) is looked up meanwhile, so the
 * person card waits for the capture only, not for the capture and then the store.
 */
export async function loadPopupState(
  capture: Promise<PageCapture>,
  pageUrl: Promise<string | null> = Promise.resolve(null),
): Promise<PopupState> {
  // A failure here is reported by the lookup below, which asks again.
  openStore().catch(() => undefined);
  const early = pageUrl.then((url) => (url ? { url, stored: storedAt(url) } : undefined));
  // Not every early lookup is used (another page's address): its failure is then nobody's.
  early.then((e) => e?.stored.catch(() => undefined)).catch(() => undefined);
  try {
    const { pageUrl, result } = await capture;
    if (result.kind !== 'profile')
      return { status: 'not-profile', result, pageUrl, savedUrls: await savedAmong(result.people) };
    // Self-check before anything is shown: doubtful fields are flagged "check this", never dropped.
    const profile = withChecks(result.profile, monthOf(Date.now()));
    return { status: 'profile', ...(await lookUp(profile, await early.catch(() => undefined))) };
  } catch (error) {
    return {
      status: 'failed',
      message: message(error),
      pageUrl: error instanceof PageCaptureError ? error.pageUrl : null,
    };
  }
}

/** Shows what loadPopupState found when the popup opened, and keeps it in step with the store. */
export function usePopupState(first: Promise<PopupState>) {
  const [state, setState] = useState<PopupState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void first.then((s) => {
      if (live) setState(s);
    });
    return () => {
      live = false;
    };
  }, [first]);

  // Another page (dashboard, a second popup) changed this contact: show the stored truth.
  const shown = useRef<CapturedProfile | null>(null);
  shown.current = state.status === 'profile' ? state.profile : null;
  useEffect(() => {
    const controller = new AbortController();
    onStoreChange((changes) => {
      const profile = shown.current;
      if (!profile || !changes.some((c) => c.store === 'contacts' || c.store === 'activity')) return;
      const update = (patch: Partial<Person>) =>
        setState((cur) => (cur.status === 'profile' && cur.profile === profile ? { ...cur, ...patch } : cur));
      lookUp(profile).then(
        (p) => update({ saved: p.saved, lastActivity: p.lastActivity, readError: undefined }),
        (e: unknown) => update({ readError: readFailureMessage('the latest about this person', e) }),
      );
    }, controller.signal);
    return () => controller.abort();
  }, []);

  // Each of these is one user action, one transaction (store/actions/): it fails whole, and
  // the caller shows the failure where the user acted.
  const save = useCallback(async (profile: CapturedProfile, input: SaveInput): Promise<Contact> => {
    const { contact } = await savePerson(profile, input, Date.now());
    const person = await lookUp(profile);
    setState({ status: 'profile', ...person, saved: contact, changes: [] });
    return contact;
  }, []);

  const setStage = useCallback(async (contact: Contact, stage: Stage) => {
    const next = await changeStage(contact.id, stage, Date.now());
    setState((s) => (s.status === 'profile' ? { ...s, saved: next } : s));
    return next;
  }, []);

  /** The message went out: saved (if need be) as reached out, and the timeline says how. */
  const markReachedOut = useCallback(
    async (profile: CapturedProfile, saved: Contact | null, input: SaveInput, how: SentHow) => {
      const contact = await markStoredReachedOut({ savedId: saved?.id ?? null, profile, input }, how, Date.now());
      const person = await lookUp(profile);
      setState((s) => (s.status === 'profile' && s.profile === profile ? { ...s, ...person, saved: contact } : s));
      return contact;
    },
    [],
  );

  return { state, save, setStage, markReachedOut };
}

async function savedAmong(people: LinkedPerson[]): Promise<Set<string>> {
  if (!people.length) return new Set();
  const found = await Promise.all(people.map((p) => getContactByProfileUrl(p.url)));
  return new Set(people.filter((_, i) => found[i]).map((p) => p.url));
}

/** Saves a person from a list of links (search results), stage "to-research". */
export async function saveLinkedPerson(person: LinkedPerson): Promise<void> {
  await saveFromLink({ name: person.name, url: person.url }, Date.now());
}

/** A person typed in by hand, when the page could not be read or is not a profile. */
export function manualProfile(input: {
  name: string;
  url: string;
  headline: string;
  company: string;
}): CapturedProfile {
  const p = emptyProfile(input.url.trim(), 'generic');
  p.name = input.name.trim() || null;
  p.headline = input.headline.trim() || null;
  if (input.company.trim()) p.current = { title: null, company: input.company.trim() };
  return p;
}
