import { useState } from 'preact/hooks';
import { type Activity, type Contact, STAGE_LABELS, STAGES, type Stage } from '../domain/contact.ts';
import { timeAgo } from '../lib/time-ago.ts';

/** Save (or update) and the stage; for a saved person, where they are and what changed. */
export function SaveBar(props: {
  saved: Contact | null;
  changes: string[];
  lastActivity: Activity | null;
  onSave: (stage: Stage) => Promise<void>;
  onStage: (stage: Stage) => Promise<void>;
}) {
  const { saved } = props;
  const [stage, setStage] = useState<Stage>(saved?.stage ?? 'to-contact');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const shownStage = saved?.stage ?? stage;
  return (
    <section class="stack save-bar" aria-label="Save">
      {saved && (
        <div class="notice notice-ok small" role="status" data-testid="saved-status">
          Saved · {STAGE_LABELS[saved.stage]}
          {props.lastActivity && (
            <span class="muted">
              {' '}
              · last: {props.lastActivity.text} ({timeAgo(props.lastActivity.at, Date.now())})
            </span>
          )}
        </div>
      )}
      {saved && props.changes.length > 0 && (
        <div class="notice notice-warn small" data-testid="changes">
          <strong>Changed since you saved them:</strong>
          <ul>
            {props.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          Click Update to keep the new details.
        </div>
      )}
      <div class="row">
        <label for="stage" class="visually-hidden">
          Stage
        </label>
        <select
          id="stage"
          value={shownStage}
          style={{ width: 'auto' }}
          disabled={busy}
          onChange={(e) => {
            const next = e.currentTarget.value as Stage;
            setStage(next);
            if (saved) void run(() => props.onStage(next));
          }}
        >
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="btn btn-primary"
          disabled={busy}
          onClick={() => run(() => props.onSave(shownStage))}
        >
          {saved ? 'Update contact' : 'Save contact'}
        </button>
        {busy && <span class="spinner" role="status" aria-label="Saving" />}
      </div>
      {error && (
        <p class="notice notice-error small" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
