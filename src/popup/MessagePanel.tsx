import { useMemo, useState } from 'preact/hooks';
import { type Contact, displayValue } from '../domain/contact.ts';
import type { CapturedProfile } from '../domain/profile.ts';
import type { Settings } from '../domain/settings.ts';
import { connectionNoteLimit, countCharacters, type DraftLanguage, nextSlots } from '../drafting/index.ts';
import browser from '../lib/browser.ts';
import { pageDateStyle, userLocale } from '../lib/date-style.ts';
import type { DraftVariant, PersonDraft } from '../store/index.ts';
import { AutoGrowTextarea } from '../ui/AutoGrowTextarea.tsx';
import { introducerGroups } from './introducer-options.ts';
import { LanguagePicker } from './LanguagePicker.tsx';
import { NOTE_COUNT_ID, NoteCount } from './NoteCount.tsx';
import { draftFor, shownVariant } from './message-context.ts';
import { SendActions } from './SendActions.tsx';
import { useDraftLanguage } from './use-draft-language.ts';

const option = (c: Contact) => (
  <option key={c.id} value={c.id}>
    {displayValue(c, 'name') ?? 'Unnamed'}
    {displayValue(c, 'company') ? ` (${displayValue(c, 'company')})` : ''}
  </option>
);

const VARIANTS: { key: DraftVariant; label: string }[] = [
  { key: 'coldEmail', label: 'Email' },
  { key: 'connectionNote', label: 'Connection note' },
  { key: 'introRequest', label: 'Intro request' },
];
// Someone already connected gets a LinkedIn message in the note's place: an invitation makes no sense.
const CONNECTED_VARIANTS: { key: DraftVariant; label: string }[] = [
  { key: 'coldEmail', label: 'Email' },
  { key: 'directMessage', label: 'Direct message' },
  { key: 'introRequest', label: 'Intro request' },
];
const MAX_SLOTS = 3;

export function MessagePanel(props: {
  profile: CapturedProfile;
  shown: { name: string; company: string; title: string };
  settings: Settings;
  contacts: Contact[];
  draft: PersonDraft;
  onDraft: (patch: Partial<PersonDraft>) => void;
  onSent: (how: 'copied' | 'opened') => void;
}) {
  const { settings, onDraft } = props;
  // Only a degree the page states counts: when it is unknown, the connection note is offered as before.
  const connected = props.profile.connectionDegree === '1st';
  const variants = connected ? CONNECTED_VARIANTS : VARIANTS;
  const draft = { ...props.draft, variant: shownVariant(props.draft.variant, connected) };
  const [now] = useState(() => Date.now());
  const offered = useMemo(
    () => nextSlots(settings.availability, now, 6, [], pageDateStyle(settings.clock)),
    [settings.availability, settings.clock, now],
  );
  const chosenStarts = draft.slotStarts.length ? draft.slotStarts : offered.slice(0, MAX_SLOTS).map((s) => s.start);
  const slots = offered.filter((s) => chosenStarts.includes(s.start));
  const introducer = props.contacts.find((c) => c.id === draft.introducerId) ?? null;
  const groups = useMemo(
    () => introducerGroups(props.contacts, props.shown.company, null),
    [props.contacts, props.shown.company],
  );
  // An intro request goes to the introducer, so it is in their language, not this person's.
  const person = useDraftLanguage(props.profile);
  const introducerLanguage = useDraftLanguage(introducer?.captured ?? null);
  const auto = draft.variant === 'introRequest' ? introducerLanguage : person;
  const chosen = draft.languages[draft.variant];
  const language: DraftLanguage = chosen ?? (auto.detected ? auto.language : null) ?? settings.draftLanguage;
  const setLanguage = (lang: DraftLanguage) => onDraft({ languages: { ...draft.languages, [draft.variant]: lang } });
  const result = draftFor({
    variant: draft.variant,
    profile: props.profile,
    shown: props.shown,
    introducer,
    slots,
    settings,
    now,
    language,
    locale: userLocale(),
  });
  const generated = 'draft' in result ? result.draft : null;
  const edited = draft.edited[draft.variant];
  const text = edited ?? generated;
  const setText = (patch: { subject?: string; body?: string }) => {
    if (!text) return;
    onDraft({ edited: { ...draft.edited, [draft.variant]: { subject: text.subject, body: text.body, ...patch } } });
  };
  const toggleSlot = (start: number) => {
    const next = chosenStarts.includes(start)
      ? chosenStarts.filter((s) => s !== start)
      : [...chosenStarts, start].slice(-MAX_SLOTS);
    onDraft({ slotStarts: next.sort((a, b) => a - b) });
  };
  const chars = text ? countCharacters(text.body) : 0;
  const noteLimit = connectionNoteLimit(settings);
  const isNote = draft.variant === 'connectionNote';
  // A note and a LinkedIn message are pasted into LinkedIn: no subject, no mail links.
  const onLinkedIn = isNote || draft.variant === 'directMessage';

  return (
    <div class="stack message">
      {!settings.user.name.trim() && (
        <p class="notice notice-warn small">
          Drafts say “[your name]” until you fill in{' '}
          <button type="button" class="btn-link" onClick={() => void browser.runtime.openOptionsPage()}>
            About you in Settings
          </button>
          .
        </p>
      )}
      <fieldset class="row variant-choice">
        <legend class="visually-hidden">Kind of message</legend>
        {variants.map((v) => (
          <label key={v.key} class={`chip${draft.variant === v.key ? ' chip-on' : ''}`}>
            <input
              type="radio"
              name="variant"
              value={v.key}
              checked={draft.variant === v.key}
              onChange={() => onDraft({ variant: v.key })}
            />
            {v.label}
          </label>
        ))}
      </fieldset>
      <LanguagePicker
        value={language}
        fromProfile={!chosen && auto.detected && auto.language === language}
        onChange={setLanguage}
      />
      <div class="field">
        <label for="introducer">
          {draft.variant === 'introRequest' ? 'Ask for an introduction from' : 'Who suggested you write (optional)'}
        </label>
        <select
          id="introducer"
          value={draft.introducerId ?? ''}
          onChange={(e) => onDraft({ introducerId: e.currentTarget.value || null })}
        >
          <option value="">{props.contacts.length ? 'No one' : 'No saved contacts yet'}</option>
          {groups.atCompany.length > 0 && (
            <optgroup label={`At ${props.shown.company}`}>{groups.atCompany.map(option)}</optgroup>
          )}
          {groups.others.length > 0 &&
            (groups.atCompany.length ? (
              <optgroup label="Everyone else">{groups.others.map(option)}</optgroup>
            ) : (
              groups.others.map(option)
            ))}
        </select>
      </div>
      {(draft.variant === 'coldEmail' || draft.variant === 'directMessage') && (
        <fieldset class="slots">
          <legend>Times to offer (up to {MAX_SLOTS})</legend>
          {offered.length === 0 && <p class="small muted">Add your weekly availability in Settings to offer times.</p>}
          {offered.map((s) => (
            <label key={s.start} class="slot">
              <input type="checkbox" checked={chosenStarts.includes(s.start)} onChange={() => toggleSlot(s.start)} />{' '}
              {s.label}
            </label>
          ))}
        </fieldset>
      )}
      {'needsIntroducer' in result && !edited ? (
        <p class="notice notice-warn small">
          Choose someone you know at {props.shown.company || 'their organisation'} to write an introduction request to.
        </p>
      ) : (
        text &&
        (chosen || auto.detected) && (
          <>
            {!onLinkedIn && (
              <div class="field">
                <label for="draft-subject">Subject</label>
                <input
                  id="draft-subject"
                  value={text.subject}
                  onInput={(e) => setText({ subject: e.currentTarget.value })}
                />
              </div>
            )}
            <div class="field">
              <label for="draft-body">{isNote ? 'Note' : 'Message'}</label>
              {draft.variant === 'directMessage' && (
                <p class="small muted" data-testid="connected-hint">
                  You are already connected: send this as a direct message on LinkedIn.
                </p>
              )}
              <AutoGrowTextarea
                id="draft-body"
                rows={isNote ? 5 : 12}
                value={text.body}
                aria-describedby={isNote ? NOTE_COUNT_ID : undefined}
                aria-invalid={isNote && chars > noteLimit ? true : undefined}
                onInput={(e) => setText({ body: e.currentTarget.value })}
              />
              {isNote && <NoteCount chars={chars} limit={noteLimit} />}
            </div>
            {edited && generated && edited.body !== generated.body && (
              <p class="small muted" data-testid="edited-note">
                Showing your edited text. To draft it again in the language above, discard your edits.
              </p>
            )}
            {edited && generated && (
              <button
                type="button"
                class="btn-link small"
                onClick={() => {
                  const { [draft.variant]: _gone, ...rest } = draft.edited;
                  onDraft({ edited: rest });
                }}
              >
                Discard my edits and redraft
              </button>
            )}
            <SendActions
              draft={text}
              to={'to' in result ? result.to : draft.email || null}
              note={onLinkedIn}
              onSent={props.onSent}
            />
          </>
        )
      )}
    </div>
  );
}
