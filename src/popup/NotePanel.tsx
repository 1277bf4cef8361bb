import type { Contact } from '../domain/contact.ts';
import { AutoGrowTextarea } from '../ui/AutoGrowTextarea.tsx';

/** A quick note: kept in the draft as you type; added to the contact's notes when saved. */
export function NotePanel(props: {
  note: string;
  saved: Contact | null;
  onNote: (note: string) => void;
  onAdd: () => Promise<void>;
}) {
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
        <button type="button" class="btn" disabled={!props.note.trim()} onClick={() => void props.onAdd()}>
          Add to their notes
        </button>
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
