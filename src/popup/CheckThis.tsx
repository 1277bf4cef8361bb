// The "check this" mark next to a field the self-check found doubtful
// (src/domain/self-check.ts): the field is kept as captured, the mark says why
// it may be wrong so the user can correct it in the edit control beside it.
export function CheckThis(props: { id: string; reasons: string[] }) {
  if (!props.reasons.length) return null;
  return (
    <span class="check-this" data-testid="check-this" data-field={props.id}>
      <span class="check-this-badge" aria-hidden="true">
        check this
      </span>
      <span class="check-this-reason small" id={`check-${props.id}`}>
        <span class="visually-hidden">Check this: </span>
        {props.reasons.join(' ')}
      </span>
    </span>
  );
}
