// Why the user's last action failed, next to the control they used (see use-action.ts).
// role="alert": announced as soon as it appears, without moving focus from the control.
export function ActionError({ error, id }: { error: string | null; id?: string }) {
  if (!error) return null;
  return (
    <p id={id} class="notice notice-error small action-error" role="alert" data-testid="action-error">
      {error}
    </p>
  );
}
