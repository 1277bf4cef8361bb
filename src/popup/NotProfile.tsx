import { useState } from 'preact/hooks';
import type { CaptureResult, LinkedPerson } from '../domain/profile.ts';
import { ManualAdd } from './ManualAdd.tsx';
import { saveLinkedPerson } from './usePopupState.ts';

/** Not a profile: say why, offer the people linked from the page, and adding someone by hand. */
export function NotProfile(props: {
  result: Extract<CaptureResult, { kind: 'not-profile' }>;
  pageUrl: string | null;
  savedUrls: Set<string>;
}) {
  const [saved, setSaved] = useState(props.savedUrls);
  const [error, setError] = useState<string | null>(null);
  async function save(p: LinkedPerson) {
    try {
      await saveLinkedPerson(p);
      setSaved(new Set([...saved, p.url]));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  const { people } = props.result;
  return (
    <div class="stack">
      <p class="notice notice-warn" role="status">
        {props.result.message}
      </p>
      {props.result.reason === 'loading' && (
        <button type="button" class="btn btn-primary" onClick={() => location.reload()}>
          Try again
        </button>
      )}
      {people.length > 0 && (
        <section class="card stack" aria-labelledby="people-here">
          <h2 id="people-here">People on this page ({people.length})</h2>
          <ul class="list-plain stack">
            {people.map((p) => (
              <li key={p.url} class="spread">
                <span>
                  <strong>{p.name}</strong>
                  {p.headline && <span class="small muted"> · {p.headline}</span>}
                </span>
                {saved.has(p.url) ? (
                  <span class="badge">Saved</span>
                ) : (
                  <button type="button" class="btn" onClick={() => save(p)} aria-label={`Save ${p.name}`}>
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
