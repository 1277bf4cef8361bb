// "Delete contact…" at the foot of a contact's detail, behind the same modal dialog as the options
// page's "Delete everything" (ui/confirm.css). The dialog names what goes with the person, so
// nobody learns it afterwards. It opens on Cancel, the choice that loses nothing; Escape and
// Cancel close it and give focus back to the button that opened it. A failed delete is said in
// the dialog, beside the Delete button the user pressed, and nothing on the page changes.

import { useRef } from 'preact/hooks';
import { listWords } from '../lib/list-words.ts';
import { ActionError } from '../ui/ActionError.tsx';
import { useAction } from '../ui/use-action.ts';

interface Props {
  name: string;
  meetings: number;
  reminders: number;
  /** The names of the people they referred: they stay, no longer linked to this person. */
  referred: string[];
  /** Deletes the person from the store; a rejection is shown in the dialog. */
  remove: () => Promise<unknown>;
  /** Called once the person is gone and the dialog closed: the page moves on. */
  onDeleted: () => void;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function DeleteContact({ name, meetings, reminders, referred, remove, onDeleted }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // Set once the delete succeeded: the dialog then closes without handing focus back to a
  // button that belongs to a person no longer there (the page puts it on the list instead).
  const deleted = useRef(false);
  const action = useAction();

  function open() {
    action.clear();
    deleted.current = false;
    dialog.current?.showModal();
    cancel.current?.focus();
  }
  async function confirm(e: Event) {
    e.preventDefault();
    // Not disabled while it runs: a disabled button would drop the focus the user left on it.
    if (action.running) return;
    if (!(await action.run(remove))) return;
    deleted.current = true;
    dialog.current?.close();
    onDeleted();
  }

  return (
    <div class="row">
      <button ref={opener} type="button" class="btn btn-danger" onClick={open}>
        Delete contact…
      </button>
      <span class="small muted">Removes {name} and everything recorded about them from this browser.</span>
      <dialog
        ref={dialog}
        class="confirm card"
        aria-labelledby="cc-delete-title"
        aria-describedby="cc-delete-desc"
        data-testid="delete-contact-dialog"
        // Escape, Cancel or a finished delete all end here.
        onClose={() => {
          action.clear();
          if (!deleted.current) opener.current?.focus();
        }}
      >
        <form class="stack" onSubmit={(e) => void confirm(e)}>
          <h3 id="cc-delete-title">Delete {name}?</h3>
          <div id="cc-delete-desc" class="cc-delete-desc">
            <p>This deletes from this browser:</p>
            <ul>
              <li>{name}, with your notes and their timeline</li>
              {meetings > 0 && <li>{count(meetings, 'meeting', 'meetings')}, with their notes</li>}
              {reminders > 0 && <li>{count(reminders, 'reminder', 'reminders')}</li>}
              <li>any questions you were carrying to your next meeting with them</li>
            </ul>
            {referred.length > 0 && (
              <p>
                {listWords(referred)}, whom they referred you to, {referred.length === 1 ? 'stays' : 'stay'} in your
                contacts, no longer linked to them.
              </p>
            )}
            <p>It cannot be undone.</p>
          </div>
          <ActionError error={action.error} />
          <div class="row">
            <button type="submit" class="btn btn-danger" aria-disabled={action.running ? 'true' : undefined}>
              {action.running ? 'Deleting…' : 'Delete'}
            </button>
            <button ref={cancel} type="button" class="btn" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
