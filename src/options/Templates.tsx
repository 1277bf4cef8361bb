// Templates: pick a message, edit its subject and body, see errors where they are and a
// preview on a made-up person. Edits are saved like every other setting; a template with an
// error is kept as typed, and drafts use the default until it is fixed.
import { useState } from 'preact/hooks';
import { MESSAGE_KINDS, type MessageKind, type MessageTemplate, type Settings } from '../domain/settings.ts';
import { PlaceholderReference } from './PlaceholderReference.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import { KIND_LABELS, templateOf, withTemplate } from './template-preview.ts';

interface Props {
  settings: Settings;
  edit(change: (s: Settings) => Settings): void;
}

export function Templates({ settings, edit }: Props) {
  const [kind, setKind] = useState<MessageKind>('coldEmail');
  const [advanced, setAdvanced] = useState(false);
  const set = (t: MessageTemplate | null) => edit((s) => withTemplate(s, kind, t));
  return (
    <div class="stack">
      <fieldset class="plain">
        <legend>Message</legend>
        <div class="segmented">
          {MESSAGE_KINDS.map((k) => (
            <label key={k} class={k === kind ? 'on' : ''}>
              <input type="radio" name="template-kind" value={k} checked={k === kind} onChange={() => setKind(k)} />
              {KIND_LABELS[k]}
              {settings.templates[k] && (
                <span class="dot" title="Changed from the default">
                  <span class="visually-hidden"> (changed)</span>
                </span>
              )}
            </label>
          ))}
        </div>
      </fieldset>
      <TemplateEditor
        key={kind}
        kind={kind}
        template={templateOf(settings, kind)}
        custom={Boolean(settings.templates[kind])}
        settings={settings}
        advanced={advanced}
        onAdvanced={setAdvanced}
        onChange={set}
      />
      <PlaceholderReference />
    </div>
  );
}
