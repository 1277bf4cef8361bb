// Templates: pick a message, edit its subject and body, see errors where they are and a
// preview on a made-up person. Edits are saved like every other setting; a template with an
// error is kept as typed, and drafts use the default until it is fixed.
import { useState } from 'preact/hooks';
import {
  MESSAGE_KINDS,
  type MessageKind,
  type MessageTemplate,
  ownTemplates,
  type Settings,
} from '../domain/settings.ts';
import { DRAFT_LANGUAGES, type DraftLanguage, LANGUAGE_NAMES } from '../drafting/index.ts';
import { PlaceholderReference } from './PlaceholderReference.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import { KIND_LABELS, templateOf, withTemplate } from './template-preview.ts';

interface Props {
  settings: Settings;
  edit(change: (s: Settings) => Settings): void;
}

export function Templates({ settings, edit }: Props) {
  const [kind, setKind] = useState<MessageKind>('coldEmail');
  const [lang, setLang] = useState<DraftLanguage>(settings.draftLanguage);
  const set = (t: MessageTemplate | null) => edit((s) => withTemplate(s, kind, t, lang));
  const own = ownTemplates(settings, lang);
  const [advanced, setAdvanced] = useState(false);
  return (
    <div class="stack">
      <fieldset class="plain">
        <legend>Message</legend>
        <div class="segmented">
          {MESSAGE_KINDS.map((k) => (
            <label key={k} class={k === kind ? 'on' : ''}>
              <input type="radio" name="template-kind" value={k} checked={k === kind} onChange={() => setKind(k)} />
              {KIND_LABELS[k]}
              {own[k] && (
                <span class="dot" title="Changed from the default">
                  <span class="visually-hidden"> (changed)</span>
                </span>
              )}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="plain">
        <legend>Language</legend>
        <div class="segmented">
          {DRAFT_LANGUAGES.map((l) => (
            <label key={l} class={l === lang ? 'on' : ''} lang={l}>
              <input type="radio" name="template-lang" value={l} checked={l === lang} onChange={() => setLang(l)} />
              {LANGUAGE_NAMES[l]}
            </label>
          ))}
        </div>
      </fieldset>
      <TemplateEditor
        key={`${lang}-${kind}`}
        kind={kind}
        lang={lang}
        template={templateOf(settings, kind, lang)}
        custom={Boolean(own[kind])}
        settings={settings}
        advanced={advanced}
        onAdvanced={setAdvanced}
        onChange={set}
      />
      <PlaceholderReference />
    </div>
  );
}
