// "Delete everything", behind a modal dialog that asks for the word DELETE. showModal() traps
// focus and Escape closes it; focus returns to the button that opened it.
import { useRef, useState } from 'preact/hooks';
import { deleteEverything } from '../store/index.ts';

export const CONFIRM_WORD = 'DELETE';

export function DeleteEverything({ beforeDelete }: { beforeDelete(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  function open() {
    setTyped('');
    setResult(null);
    dialog.current?.showModal();
  }
  function close() {
    dialog.current?.close();
    opener.current?.focus();
  }
  async function confirm(e: Event) {
    e.preventDefault();
    if (typed.trim() !== CONFIRM_WORD) return;
    setBusy(true);
    try {
      beforeDelete(); // a settings save still waiting would otherwise write them back
      await deleteEverything();
      setResult({ ok: true, text: 'Everything was deleted. Coffee Chat is as it was when installed.' });
    } catch (err) {
      setResult({ ok: false, text: `Nothing was deleted: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      setBusy(false);
      close();
    }
  }

  return (
    <div class="stack">
      <div class="row">
        <button ref={opener} type="button" class="btn btn-danger" onClick={open}>
          Delete everything…
        </button>
        <span class="small muted">
          Contacts, notes, interviews, reminders and settings. Export a backup first if in doubt.
        </span>
      </div>
      {result && (
        <p class={`notice ${result.ok ? 'notice-ok' : 'notice-error'}`} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
      <dialog
        ref={dialog}
        class="confirm card"
        aria-labelledby="delete-title"
        aria-describedby="delete-desc"
        onClose={() => setTyped('')}
      >
        <form class="stack" onSubmit={(e) => void confirm(e)}>
          <h3 id="delete-title">Delete everything?</h3>
          <p id="delete-desc">
            This erases every contact, note, interview, referral, reminder and your settings from this browser. It
            cannot be undone.
          </p>
          <div class="field">
            <label for="delete-confirm">Type {CONFIRM_WORD} to confirm</label>
            <input
              id="delete-confirm"
              value={typed}
              autoComplete="off"
              spellcheck={false}
              autoFocus
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
          </div>
          <div class="row">
            <button type="submit" class="btn btn-danger" disabled={busy || typed.trim() !== CONFIRM_WORD}>
              Delete everything
            </button>
            <button type="button" class="btn" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
