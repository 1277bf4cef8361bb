// One message's template: subject and body, errors with their line and column (the
// offending tag highlighted, a button that puts the caret on it), and the live preview.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { MessageKind, MessageTemplate, Settings } from '../domain/settings.ts';
import { connectionNoteLimit, type DraftLanguage } from '../drafting/index.ts';
import { Checkbox } from '../ui/Choice.tsx';
import { TemplateField } from './TemplateField.tsx';
import { segments } from './template-chips.ts';
import { excerpt, KIND_LABELS, type Part, type PartError, previewOf, templateErrors } from './template-preview.ts';

interface Props {
  kind: MessageKind;
  template: MessageTemplate;
  custom: boolean;
  /** The settings being edited: the preview is written from the user, with their times and zone. */
  settings: Settings;
  /** Show the raw {{syntax}} instead of chips; kept by the caller so it lasts across messages. */
  advanced: boolean;
  onAdvanced(on: boolean): void;
  onChange(t: MessageTemplate | null): void;
  /** The language of the template set being edited; the preview is drafted in it. */
  lang?: DraftLanguage;
}

const PART_LABEL: Record<Part, string> = { subject: 'Subject', body: 'Body' };

export function TemplateEditor({
  kind,
  template,
  custom,
  settings,
  advanced,
  onAdvanced,
  onChange,
  lang = 'en',
}: Props) {
  const refs = { subject: useRef<HTMLTextAreaElement>(null), body: useRef<HTMLTextAreaElement>(null) };
  const [undo, setUndo] = useState<MessageTemplate | null>(null);
  const errors = useMemo(() => templateErrors(template), [template]);
  const preview = useMemo(
    () => (errors.length ? null : previewOf(kind, template, settings, Date.now(), lang)),
    [kind, template, errors, settings, lang],
  );
  const hasSubject = kind !== 'connectionNote';
  const id = `template-${kind}`;
  const errorsOf = (part: Part) => errors.filter((e) => e.part === part);
  const described = (part: Part) => (errorsOf(part).length ? `${id}-errors` : undefined);

  // A template with an error, or one chips cannot show faithfully, is edited raw: the
  // errors point at lines and columns of the raw text.
  const forcedRaw = errors.length > 0 || segments(template.subject) === null || segments(template.body) === null;
  const raw = advanced || forcedRaw;
  const edit = (part: Part) => (v: string) => {
    setUndo(null);
    onChange({ ...template, [part]: v });
  };

  function goTo(e: PartError) {
    const el = refs[e.part].current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(e.index, e.index + excerpt(template[e.part], e).mark.trimEnd().length);
  }

  return (
    <div class="template-editor stack">
      <Checkbox id={`${id}-advanced`} checked={raw} onChange={onAdvanced}>
        Show the template syntax (advanced)
        {forcedRaw && !advanced && <span class="small muted"> · shown until the problem below is fixed</span>}
      </Checkbox>
      {!raw && (
        <p class="small muted">
          The highlighted parts are filled in for each person. Hover one to see its placeholder; type around them, or
          use Insert.
        </p>
      )}
      {hasSubject && !raw ? (
        <TemplateField
          id={`${id}-subject`}
          label="Subject"
          value={template.subject}
          multiline={false}
          invalid={false}
          onChange={edit('subject')}
        />
      ) : hasSubject ? (
        <div class="field">
          <label for={`${id}-subject`}>Subject</label>
          <textarea
            id={`${id}-subject`}
            ref={refs.subject}
            class="mono tpl-subject-raw"
            rows={2}
            value={template.subject}
            spellcheck={false}
            aria-invalid={errorsOf('subject').length ? true : undefined}
            aria-describedby={described('subject')}
            onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
            onInput={(e) => edit('subject')(e.currentTarget.value.replace(/\n/g, ' '))}
          />
        </div>
      ) : (
        <p class="small muted">
          A connection note has no subject; LinkedIn allows {connectionNoteLimit(settings)} characters
          {settings.linkedInPremium ? ' with Premium' : ' on a free account (300 with Premium: see About you)'}.
        </p>
      )}
      {raw ? (
        <div class="field">
          <label for={`${id}-body`}>Body</label>
          <textarea
            id={`${id}-body`}
            ref={refs.body}
            class="mono"
            rows={kind === 'connectionNote' ? 5 : 14}
            value={template.body}
            spellcheck={false}
            aria-invalid={errorsOf('body').length ? true : undefined}
            aria-describedby={described('body')}
            onInput={(e) => edit('body')(e.currentTarget.value)}
          />
        </div>
      ) : (
        <TemplateField
          id={`${id}-body`}
          label="Body"
          value={template.body}
          multiline
          invalid={false}
          onChange={edit('body')}
        />
      )}
      {errors.length > 0 && (
        <div id={`${id}-errors`} class="notice notice-error template-errors" data-testid="template-errors">
          <p>
            <strong>{errors.length === 1 ? 'One problem' : `${errors.length} problems`}</strong>: drafts use the default{' '}
            {KIND_LABELS[kind].toLowerCase()} until {errors.length === 1 ? 'it is' : 'they are'} fixed.
          </p>
          <ul>
            {errors.map((e) => {
              const x = excerpt(template[e.part], e);
              return (
                <li class="error-item" key={`${e.part}-${e.index}`}>
                  <button type="button" class="btn-link" onClick={() => goTo(e)}>
                    {PART_LABEL[e.part]}, line {e.line}, column {e.column}
                  </button>
                  {': '}
                  {e.message}
                  <pre class="excerpt">
                    {x.before}
                    <mark>{x.mark}</mark>
                    {x.after}
                  </pre>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {/* Always present, so a screen reader hears the count change; not an alert on every keystroke. */}
      <p class="visually-hidden" aria-live="polite">
        {errors.length ? `${errors.length} template problem${errors.length === 1 ? '' : 's'}` : ''}
      </p>
      <div class="row">
        <button
          type="button"
          class="btn"
          disabled={!custom}
          onClick={() => {
            setUndo(template);
            onChange(null);
          }}
        >
          Reset to default
        </button>
        {undo && (
          <button
            type="button"
            class="btn-link"
            onClick={() => {
              onChange(undo);
              setUndo(null);
            }}
          >
            Undo reset
          </button>
        )}
        <span class="small muted">{custom ? 'Your own version.' : 'The default, as shipped.'}</span>
      </div>
      <section class="preview" aria-labelledby={`${id}-preview`}>
        <h3 id={`${id}-preview`}>
          Preview <span class="small muted">from you, to a made-up person</span>
        </h3>
        {preview ? (
          <div class="draft" data-testid="template-preview">
            {hasSubject && (
              <p class="draft-subject">
                <span class="muted">Subject: </span>
                {preview.draft.subject}
              </p>
            )}
            <pre class="draft-body">{preview.draft.body}</pre>
            {preview.measure && (
              <p class={`small ${preview.measure.over ? 'field-error' : 'muted'}`}>{preview.measure.text}</p>
            )}
          </div>
        ) : (
          <p class="muted">The preview comes back when the problem above is fixed.</p>
        )}
      </section>
    </div>
  );
}
