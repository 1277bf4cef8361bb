// A no-reply nudge is due: one short, polite follow-up to copy, and "They replied" to stop them.
import { useState } from 'preact/hooks';
import { type Contact, displayValue, type Reminder } from '../domain/contact.ts';
import type { Settings } from '../domain/settings.ts';
import { whenPhrase } from '../drafting/context.ts';
import { noReplyDraft } from '../drafting/nudge.ts';
import { recordReply } from '../store/index.ts';
import { ActionError } from '../ui/ActionError.tsx';
import { useAction } from '../ui/use-action.ts';

export function NoReplyPanel({
  contact,
  settings,
  reminders,
  nudge,
}: {
  contact: Contact;
  settings: Settings;
  reminders: Reminder[];
  nudge: Reminder;
}) {
  const [status, setStatus] = useState('');
  const replied = useAction();
  const nth = reminders.filter((r) => r.kind === 'no-reply' && r.dueAt <= nudge.dueAt).length;
  const draft = noReplyDraft({
    name: displayValue(contact, 'name') ?? '',
    company: displayValue(contact, 'company'),
    userName: settings.user.name.trim() || '[your name]',
    when: whenPhrase(contact.reachedOutAt, Date.now(), settings.availability.timeZone),
    minutes: settings.availability.meetingMinutes,
    nth,
  });
  async function copy() {
    try {
      await navigator.clipboard.writeText(`${draft.subject}\n\n${draft.body}`);
      setStatus('Copied to the clipboard.');
    } catch {
      setStatus('Could not copy: select the text and copy it by hand.');
    }
  }
  return (
    <div class="stack" data-testid="no-reply">
      <p>
        No reply yet.{' '}
        {nth >= 2 ? 'This is the last nudge Coffee Chat will give.' : 'One short, polite follow-up is fine.'}
      </p>
      <p class="cc-subject">
        <strong>Subject:</strong> {draft.subject}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section class="cc-draft-body" aria-label="No-reply follow-up draft" tabIndex={0}>
        <pre class="cc-pre" data-testid="no-reply-body">
          {draft.body}
        </pre>
      </section>
      <div class="row">
        <button type="button" class="btn btn-primary" onClick={() => void copy()}>
          Copy
        </button>
        <button
          type="button"
          class="btn"
          disabled={replied.running}
          onClick={() =>
            replied.run(async () => {
              await recordReply(contact.id, Date.now());
              setStatus('Noted: no more nudges.');
            })
          }
        >
          They replied
        </button>
        <span role="status" class="small muted">
          {status}
        </span>
      </div>
      <ActionError error={replied.error} />
    </div>
  );
}
