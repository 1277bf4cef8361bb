// A quiet "Saved" line for forms that save as you type. Errors are announced assertively;
// routine progress politely, so a screen reader is not interrupted on every keystroke.
export type SaveState = { status: 'idle' | 'pending' | 'saving' | 'saved' } | { status: 'error'; message: string };

export function SaveStatus({ state, id }: { state: SaveState; id?: string }) {
  if (state.status === 'error') {
    return (
      <p id={id} class="save-status notice notice-error small" role="alert">
        {state.message}
      </p>
    );
  }
  const text =
    state.status === 'saved' ? 'Saved' : state.status === 'idle' ? 'Changes are saved as you type' : 'Saving…';
  return (
    <p id={id} class="save-status small muted" role="status" aria-live="polite" data-state={state.status}>
      {text === 'Saved' && <span aria-hidden="true">✓ </span>}
      {text}
    </p>
  );
}
