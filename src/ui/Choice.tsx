// Checkboxes and the "Most important" badge, one look on every page: the box lines up with the
// first line of its text, an optional hint sits under the text, and the whole row is clickable.
import type { ComponentChildren } from 'preact';

export function Checkbox(props: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  hint?: string;
  class?: string;
}) {
  return (
    <div class={`cc-check ${props.class ?? ''}`}>
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={props.id}>
        <span class="cc-check-text">{props.children}</span>
        {props.hint && <span class="cc-check-hint">{props.hint}</span>}
      </label>
    </div>
  );
}

/** The article's most important question, marked the same way wherever it appears. */
export function MostImportant() {
  return <span class="badge badge-accent">Most important</span>;
}
