// Choosing files, the same on every page: a label above, the hint under it, then the
// browser's own picker (keyboard and screen-reader behaviour for free), its button styled as ours.
import type { ComponentChildren } from 'preact';

export function FilePicker(props: {
  id: string;
  label: string;
  hint?: ComponentChildren;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (input: HTMLInputElement) => void;
}) {
  return (
    <div class="field file-picker">
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p id={`${props.id}-hint`} class="small muted">
          {props.hint}
        </p>
      )}
      <input
        id={props.id}
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        disabled={props.disabled}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(e) => props.onFiles(e.currentTarget)}
      />
    </div>
  );
}
