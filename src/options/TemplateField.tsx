// One template string (a subject, a body), edited the friendly way: text as text, each
// placeholder a labelled chip that moves and deletes as one piece, and buttons that insert the
// common ones at the caret. Generic over "a template string": the caller owns the value, so
// the same field serves any message, kind or language.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { COMMON_INSERTS, chipLabel, segments } from './template-chips.ts';

/** The editor's DOM as template text: text nodes as typed, chips as their raw tag. */
function serialize(root: Node): string {
  let out = '';
  root.childNodes.forEach((n) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent ?? '';
    else if (n instanceof HTMLElement && n.dataset.raw !== undefined) out += n.dataset.raw;
    else if (n instanceof HTMLElement && n.tagName === 'BR') out += '\n';
    else if (n instanceof HTMLElement) out += (n.tagName === 'DIV' && out ? '\n' : '') + serialize(n);
  });
  return out;
}

function chip(raw: string): HTMLElement {
  const { label, block } = chipLabel(raw);
  const el = document.createElement('span');
  el.className = block ? 'tpl-chip tpl-chip-block' : 'tpl-chip';
  el.contentEditable = 'false';
  el.dataset.raw = raw;
  el.textContent = label;
  el.title = raw;
  return el;
}

/** Draws the template into the editor with DOM nodes (never innerHTML: the text is the user's). */
function draw(root: HTMLElement, value: string) {
  const parts = segments(value) ?? [{ kind: 'text' as const, text: value }];
  root.replaceChildren(...parts.map((p) => (p.kind === 'text' ? document.createTextNode(p.text) : chip(p.raw))));
}

export function TemplateField(props: {
  id: string;
  label: string;
  value: string;
  multiline: boolean;
  invalid: boolean;
  describedBy?: string;
  onChange: (v: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef<string | null>(null);
  // Redraw only when the value changed from outside (reset, another kind): redrawing while
  // typing would move the caret.
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || shown.current === props.value) return;
    draw(root, props.value);
    shown.current = props.value;
  }, [props.value]);

  const changed = () => {
    const root = ref.current;
    if (!root) return;
    const v = serialize(root);
    shown.current = v;
    props.onChange(v);
  };

  function insert(raw: string) {
    const root = ref.current;
    if (!root) return;
    const sel = getSelection();
    let range = sel?.rangeCount ? sel.getRangeAt(0) : null;
    if (!range || !root.contains(range.commonAncestorContainer)) {
      range = document.createRange();
      range.selectNodeContents(root);
      range.collapse(false);
    }
    range.deleteContents();
    const node = chip(raw);
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    sel?.removeAllRanges();
    sel?.addRange(range);
    root.focus();
    changed();
  }

  return (
    <div class="field">
      <span id={`${props.id}-label`} class="field-label">
        {props.label}
      </span>
      {/* biome-ignore lint/a11y/useSemanticElements: a textarea cannot hold chips; this is a rich text box. */}
      <div
        ref={ref}
        id={props.id}
        class={`tpl-field${props.multiline ? ' tpl-field-multi' : ''}`}
        role="textbox"
        tabIndex={0}
        contentEditable
        aria-multiline={props.multiline}
        aria-labelledby={`${props.id}-label`}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        spellcheck={false}
        onInput={changed}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          // A subject is one line; in a body, Enter is a plain newline (not a <div>).
          if (props.multiline) document.execCommand('insertText', false, '\n');
        }}
        onPaste={(e) => {
          // Pasted text arrives as text; placeholders in it become chips on the next redraw.
          e.preventDefault();
          const text = e.clipboardData?.getData('text/plain') ?? '';
          document.execCommand('insertText', false, props.multiline ? text : text.replace(/\s*\n\s*/g, ' '));
        }}
      />
      {props.multiline && (
        <div class="row tpl-inserts">
          <span class="small muted">Insert:</span>
          {COMMON_INSERTS.map((x) => (
            <button
              key={x.raw}
              type="button"
              class="btn btn-small"
              // Keep the caret where it is: the chip goes there.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => insert(x.raw)}
            >
              {x.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
