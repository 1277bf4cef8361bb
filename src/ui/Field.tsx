// A labelled form control with an optional hint and inline error, wired for screen readers:
// the label names the control (for/id), hint and error describe it, aria-invalid marks it.
import type { ComponentChildren } from 'preact';
import { AutoGrowTextarea } from './AutoGrowTextarea.tsx';

interface Common {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | null;
  class?: string;
  disabled?: boolean;
}

type InputProps = Common & {
  value: string;
  onValue(v: string): void;
  type?: 'text' | 'email' | 'time' | 'number' | 'url';
  multiline?: false;
  autoComplete?: string;
  placeholder?: string;
  min?: number;
  max?: number;
  step?: number;
  onBlur?(): void;
};

type AreaProps = Common & {
  value: string;
  onValue(v: string): void;
  multiline: true;
  rows?: number;
  placeholder?: string;
  spellcheck?: boolean;
};

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Field(props: InputProps | AreaProps) {
  const { id, label, hint, error } = props;
  const aria = { 'aria-describedby': describedBy(id, hint, error), 'aria-invalid': error ? true : undefined };
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id}>{label}</label>
      {props.multiline ? (
        <AutoGrowTextarea
          id={id}
          rows={props.rows ?? 3}
          value={props.value}
          placeholder={props.placeholder}
          spellcheck={props.spellcheck}
          disabled={props.disabled}
          onInput={(e) => props.onValue(e.currentTarget.value)}
          {...aria}
        />
      ) : (
        <input
          // Preact 11 types each input type apart; one component serving several needs the widest.
          id={id}
          type={(props.type ?? 'text') as 'text'}
          value={props.value}
          autoComplete={props.autoComplete}
          placeholder={props.placeholder}
          disabled={props.disabled}
          min={props.min}
          max={props.max}
          step={props.step}
          onBlur={props.onBlur}
          onInput={(e) => props.onValue(e.currentTarget.value)}
          {...aria}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} class="field-hint small muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error small">
          {error}
        </p>
      )}
    </div>
  );
}
