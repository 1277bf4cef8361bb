import { useState } from 'preact/hooks';
import { type Activity, type Contact, STAGE_LABELS, STAGES, type Stage } from '../domain/contact.ts';
import { timeAgo } from '../lib/time-ago.ts';
import { ActionError } from '../ui/ActionError.tsx';
import { useAction } from '../ui/use-action.ts';

/** Save (or update) and the stage; for a saved person, where they are and what changed. */
export function SaveBar(props: {
  saved: Contact | null;
  changes: string[];
  /** The user corrected a field since saving: saving again would change something. */
  edited: boolean;
  lastActivity: Activity | null;
  onSave: (stage: Stage) => Promise<void>;
  onStage: (stage: Stage) => Promise<void>;
}) {
  const { saved } = props;
  const [stage, setStage] = useState<Stage>(saved?.stage ?? 'to-contact');
  // Save and the stage picker: one action each, its failure said right here (the card keeps what was typed).
  const { run, running: busy, error } = useAction();

  const shownStage = saved?.stage ?? stage;
  const dirty = props.changes.length > 0 || props.edited;
  return (
    <section class="stack save-bar" aria-label="Save">
      {saved && (
        <div class="notice notice-ok small" role="status" data-testid="saved-status">
          <strong>Saved as “{STAGE_LABELS[saved.stage]}”</strong>
          {props.lastActivity && (
            <span class="saved-last muted">
              {props.lastActivity.text} · <span class="nowrap">{timeAgo(props.lastActivity.at, Date.now())}</span>
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
          Choose “Update contact” to keep the new details.
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
            // run() never throws: a failure is shown below, and the picker goes back to the stored stage.
            if (saved) run(() => props.onStage(next)).then((ok) => ok || setStage(saved.stage));
          }}
        >
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
        {/* Saved and unchanged: nothing to update, so the button only offers to record the page again. */}
        <button
          type="button"
          class={saved && !dirty ? 'btn' : 'btn btn-primary'}
          disabled={busy}
          title={saved && !dirty ? 'Nothing changed since you saved them; this records the page again.' : undefined}
          onClick={() => run(() => props.onSave(shownStage))}
        >
          {!saved ? 'Save contact' : dirty ? 'Update contact' : 'Capture again'}
        </button>
        {busy && <span class="spinner" role="status" aria-label="Saving" />}
      </div>
      <ActionError error={error} />
    </section>
  );
}
