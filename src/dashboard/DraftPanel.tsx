// The next message due, drafted from the user's templates, with a copy button.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Contact, displayValue } from '../domain/contact.ts';
import { MESSAGE_KINDS, type MessageKind, type Settings } from '../domain/settings.ts';
import { clipboardText } from '../drafting/delivery.ts';
import { draftMessage } from '../drafting/messages.ts';
import { withCaresAbout } from '../drafting/nudge.ts';
import type { Slot } from '../drafting/slots.ts';
import { addActivity, failureMessage } from '../store/index.ts';
import { DRAFT_LABELS, type DraftInputs, draftContext } from './next-draft.ts';

interface Props {
  contact: Contact;
  settings: Settings;
  inputs: DraftInputs;
  suggested: MessageKind;
  slots?: Slot[];
  targetCompany?: string;
  /** Which message kinds to offer; all by default. */
  kinds?: readonly MessageKind[];
  idPrefix?: string;
}

export function DraftPanel({
  contact,
  settings,
  inputs,
  suggested,
  slots,
  targetCompany,
  kinds = MESSAGE_KINDS,
  idPrefix = 'draft',
}: Props) {
  const [kind, setKind] = useState<MessageKind>(suggested);
  const [copied, setCopied] = useState('');
  const [news, setNews] = useState('');
  useEffect(() => setKind(suggested), [suggested, contact.id]);
  const draft = useMemo(() => {
    const extra: { slots?: Slot[]; targetCompany?: string } = {};
    if (slots) extra.slots = slots;
    if (targetCompany) extra.targetCompany = targetCompany;
    const ctx = draftContext(kind, contact, settings, inputs, Date.now(), extra);
    if (kind !== 'followUp') return draftMessage(kind, ctx);
    // The follow-up tells them the user's news and remembers what they care about (the learning loop).
    const d = draftMessage(kind, { ...ctx, userNews: news });
    return { ...d, body: withCaresAbout(d.body, contact.caresAbout) };
  }, [kind, contact, settings, inputs, slots, targetCompany, news]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(clipboardText(draft));
    } catch {
      setCopied('Could not copy: select the text and copy it by hand.');
      return;
    }
    try {
      await addActivity(contact.id, 'message-copied', `${DRAFT_LABELS[kind]} copied`, Date.now());
      setCopied('Copied to the clipboard.');
    } catch (e) {
      setCopied(`Copied to the clipboard, but not noted in the timeline. ${failureMessage(e)}`);
    }
  }

  const name = displayValue(contact, 'name') ?? 'this contact';
  return (
    <div class="stack cc-draft" data-testid={`${idPrefix}-panel`}>
      <div class="row">
        <label for={`${idPrefix}-kind`} class="cc-inline-label">
          Message
        </label>
        <select
          id={`${idPrefix}-kind`}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as MessageKind)}
          style={{ width: 'auto' }}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {DRAFT_LABELS[k]}
              {k === suggested ? ' (due next)' : ''}
            </option>
          ))}
        </select>
        <button type="button" class="btn btn-primary" onClick={() => void copy()}>
          Copy
        </button>
        {contact.email && (
          <a
            class="btn"
            href={`mailto:${encodeURIComponent(contact.email)}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(draft.body)}`}
          >
            Email {name}
          </a>
        )}
        <span role="status" class="muted small">
          {copied}
        </span>
      </div>
      {kind === 'followUp' && (
        <div class="field">
          <label for={`${idPrefix}-news`}>Your news (optional)</label>
          <input id={`${idPrefix}-news`} value={news} onInput={(e) => setNews(e.currentTarget.value)} />
        </div>
      )}
      {draft.subject && (
        <p class="cc-subject" data-testid={`${idPrefix}-subject`}>
          <strong>Subject:</strong> {draft.subject}
        </p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable) */}
      <section class="cc-draft-body" aria-label={`${DRAFT_LABELS[kind]} draft`} tabIndex={0}>
        <pre class="cc-pre" data-testid={`${idPrefix}-body`}>
          {draft.body}
        </pre>
      </section>
    </div>
  );
}
