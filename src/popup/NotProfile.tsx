import { useState } from 'preact/hooks';
import type { CaptureResult, LinkedPerson } from '../domain/profile.ts';
import { failureMessage } from '../store/index.ts';
import { ManualAdd } from './ManualAdd.tsx';
import { saveLinkedPerson } from './use-popup-state.ts';

// A page that lists people (search results) or names no one is a normal stop, not a problem:
// said plainly, not as a warning. Pages that hide the person (sign-in wall, loading) are warnings.
const NORMAL: ReadonlySet<string> = new Set(['search-results', 'company', 'unsupported']);
const MESSAGE: Record<string, string> = {
  'search-results':
    'This page lists several people. Open someone’s profile to prepare questions and a message, or save them from here.',
  company: 'This is an organisation’s page, not a person’s. Open someone’s profile to save them.',
  unsupported: 'This is not a profile page. Open someone’s profile, or add them by hand below.',
};
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/** Not a profile: say why, offer the people linked from the page, and adding someone by hand. */
export function NotProfile(props: {
  result: Extract<CaptureResult, { kind: 'not-profile' }>;
  pageUrl: string | null;
  savedUrls: Set<string>;
}) {
  const [saved, setSaved] = useState(props.savedUrls);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function save(p: LinkedPerson): Promise<boolean> {
    try {
      await saveLinkedPerson(p);
      setSaved((s) => new Set([...s, p.url]));
      return true;
    } catch (e) {
      setError(failureMessage(e));
      return false;
    }
  }
  async function saveAll() {
    setBusy(true);
    setError(null);
    // One at a time, stopping at the first failure: its message says what went wrong, nothing is half-saved.
    for (const p of unsaved) if (!(await save(p))) break;
    setBusy(false);
  }
  const { people, reason } = props.result;
  const unsaved = people.filter((p) => !saved.has(p.url));
  return (
    <div class="stack">
      <p class={NORMAL.has(reason) ? 'notice' : 'notice notice-warn'} role="status">
        {MESSAGE[reason] ?? props.result.message}
      </p>
      {props.result.reason === 'loading' && (
        <button type="button" class="btn btn-primary" onClick={() => location.reload()}>
          Try again
        </button>
      )}
      {people.length > 0 && (
        <section class="card stack" aria-labelledby="people-here">
          <div class="spread">
            <h2 id="people-here">People on this page ({people.length})</h2>
            {unsaved.length > 1 && (
              <button type="button" class="btn" disabled={busy} onClick={() => void saveAll()}>
                Save all {unsaved.length}
              </button>
            )}
          </div>
          <ul class="list-plain stack">
            {people.map((p) => (
              <li key={p.url} class="spread">
                <span>
                  {isWebLink(p.url) ? (
                    <a href={p.url} target="_blank" rel="noopener noreferrer">
                      <strong>{p.name}</strong>
                    </a>
                  ) : (
                    <strong>{p.name}</strong>
                  )}
                  {p.headline && <span class="small muted"> · {p.headline}</span>}
                </span>
                {saved.has(p.url) ? (
                  <span class="badge">Saved</span>
                ) : (
                  <button
                    type="button"
                    class="btn"
                    disabled={busy}
                    onClick={() => void save(p)}
                    aria-label={`Save ${p.name}`}
                  >
                    Save
                  </button>
                )}
              </li>
            ))}
          </ul>
          {error && (
            <p class="notice notice-error small" role="alert">
              {error}
            </p>
          )}
        </section>
      )}
      <ManualAdd pageUrl={props.pageUrl} />
    </div>
  );
}
