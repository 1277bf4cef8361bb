import type { Contact } from '../domain/contact.ts';
import { ActionError } from '../ui/ActionError.tsx';
import { AutoGrowTextarea } from '../ui/AutoGrowTextarea.tsx';
import { useAction } from '../ui/use-action.ts';

/** A quick note: kept in the draft as you type; added to the contact's notes when saved. */
export function NotePanel(props: {
  note: string;
  saved: Contact | null;
  onNote: (note: string) => void;
  /** Clears the box only once the note is stored: a failure keeps it there (and in the draft). */
  onAdd: () => Promise<void>;
}) {
  const { run, running, error } = useAction();
  return (
    <div class="stack">
      <div class="field">
        <label for="quick-note">Quick note</label>
        <AutoGrowTextarea
          id="quick-note"
          rows={5}
          value={props.note}
          onInput={(e) => props.onNote(e.currentTarget.value)}
          placeholder="Where you found them, what to ask, who mentioned them…"
        />
      </div>
      {props.saved ? (
        <div class="stack">
          <button type="button" class="btn" disabled={!props.note.trim() || running} onClick={() => run(props.onAdd)}>
            Add to their notes
          </button>
          <ActionError error={error} />
        </div>
      ) : (
        <p class="small muted">Saved as you type; it joins their notes when you save the contact.</p>
      )}
      {props.saved?.notes && (
        <div>
          <h3>Notes so far</h3>
          <p class="saved-notes small">{props.saved.notes}</p>
        </div>
      )}
    </div>
  );
}
