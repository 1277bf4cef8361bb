// The connection note's live count against LinkedIn's limit for the user's account (200, or
// 300 with Premium). Over it, the count turns into a warning that says by how much, because
// LinkedIn refuses the whole note rather than cutting it.

export const NOTE_COUNT_ID = 'draft-note-count';

export function NoteCount({ chars, limit }: { chars: number; limit: number }) {
  const over = chars - limit;
  return (
    <p
      id={NOTE_COUNT_ID}
      class={over > 0 ? 'small notice notice-error' : 'small muted'}
      aria-live="polite"
      data-testid="char-count"
    >
      {over > 0 ? (
        <strong>
          {chars} / {limit} characters
        </strong>
      ) : (
        `${chars} / ${limit} characters`
      )}
      {over > 0 && (
        <>
          {' '}
          — {over} too many: LinkedIn will not send it. Shorten the note
          {limit < 300 ? ' (or, with Premium, turn on 300-character notes in Settings)' : ''}.
        </>
      )}
    </p>
  );
}
