import { useState } from 'preact/hooks';
import { clipboardText, gmailComposeLink, mailtoLink, outlookComposeLink } from '../drafting/index.ts';

/** Copy, or open the draft in a mail app / Gmail / Outlook; each reports that the message went out. */
export function SendActions(props: {
  draft: { subject: string; body: string };
  to: string | null;
  /** A connection note is pasted into LinkedIn: no subject, no mail links. */
  note: boolean;
  onSent: (how: 'copied' | 'opened') => void;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const out = { to: props.to ?? undefined, subject: props.draft.subject, body: props.draft.body };
  async function copy() {
    try {
      await navigator.clipboard.writeText(props.note ? props.draft.body : clipboardText(props.draft));
      setCopied('Copied to the clipboard.');
      props.onSent('copied');
    } catch {
      setCopied('The clipboard is not available here: select the text and copy it.');
    }
  }
  const open = () => props.onSent('opened');
  return (
    <div class="stack">
      <div class="row">
        <button type="button" class="btn btn-primary" onClick={copy}>
          Copy
        </button>
        {!props.note && (
          <>
            <a class="btn" href={mailtoLink(out)} target="_blank" rel="noopener noreferrer" onClick={open}>
              Mail app
            </a>
            <a class="btn" href={gmailComposeLink(out)} target="_blank" rel="noopener noreferrer" onClick={open}>
              Gmail
            </a>
            <a class="btn" href={outlookComposeLink(out)} target="_blank" rel="noopener noreferrer" onClick={open}>
              Outlook
            </a>
          </>
        )}
      </div>
      {copied && (
        <p class="small muted" role="status">
          {copied}
        </p>
      )}
    </div>
  );
}
