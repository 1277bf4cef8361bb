// A contact's part of the learning loop, editable any time after the chat: what they care
// about, the keep-in-touch cadence, "they replied" (stops the no-reply nudges), and each
// meeting's debrief (autosaved through the same hook as the meeting view).
import { useState } from 'preact/hooks';
import { CaresAbout } from '../debrief/CaresAbout.tsx';
import { DebriefForm } from '../debrief/DebriefForm.tsx';
import { useInterview } from '../debrief/use-interview.ts';
import { useReferredNames } from '../debrief/use-referred-names.ts';
import type { Contact, Interview } from '../domain/contact.ts';
import { KEEP_IN_TOUCH_MONTHS, type KeepInTouchMonths } from '../domain/learning.ts';
import { stillWaiting } from '../domain/nudges.ts';
import { recordReply } from '../store/index.ts';
import { saveContactPatch } from '../store/meetings.ts';
import { ActionError } from '../ui/ActionError.tsx';
import { useAction } from '../ui/use-action.ts';
import { formatWhen } from './RemindersList.tsx';

const CADENCE_LABEL: Record<KeepInTouchMonths, string> = {
  0: 'Off',
  3: 'Every 3 months',
  6: 'Every 6 months',
  12: 'Every 12 months',
};

export function LoopPanel({ contact, interviews }: { contact: Contact; interviews: Interview[] }) {
  const [status, setStatus] = useState('');
  const { run, running, error } = useAction();
  const held = [...interviews].filter((i) => i.endedAt !== null || i.startedAt !== null).reverse();
  const act = (p: () => Promise<unknown>, done: string) => {
    setStatus('');
    return run(async () => {
      await p();
      setStatus(done);
    });
  };
  return (
    <div class="stack">
      <CaresAbout contact={contact} id="cc-cares" />
      <div class="row">
        <label for="cc-cadence" class="cc-inline-label">
          Keep in touch
        </label>
        <select
          id="cc-cadence"
          style={{ width: 'auto' }}
          value={String(contact.keepInTouchMonths ?? 0)}
          onChange={(e) => {
            const months = Number(e.currentTarget.value) as KeepInTouchMonths;
            act(
              () => saveContactPatch(contact, { keepInTouchMonths: months }, Date.now()),
              months ? `A reminder will bring up a follow-up draft ${CADENCE_LABEL[months].toLowerCase()}.` : 'Off.',
            );
          }}
        >
          {KEEP_IN_TOUCH_MONTHS.map((m) => (
            <option key={m} value={String(m)}>
              {CADENCE_LABEL[m]}
            </option>
          ))}
        </select>
        {stillWaiting(contact) && (
          <button
            type="button"
            class="btn"
            disabled={running}
            onClick={() => act(() => recordReply(contact.id, Date.now()), 'Noted: no more no-reply nudges.')}
          >
            They replied
          </button>
        )}
        {contact.repliedAt !== undefined && !stillWaiting(contact) && (
          <span class="small muted">Replied {formatWhen(contact.repliedAt)}</span>
        )}
        <span role="status" class="small muted">
          {status}
        </span>
      </div>
      <ActionError error={error} />
      {held.length === 0 ? (
        <p class="muted small">The debrief appears here once a meeting has started.</p>
      ) : (
        // Folded: opened when wanted (the page is long, and each debrief is a whole form).
        held.map((i) => (
          <details key={i.id} class="cc-debrief">
            <summary class="cc-debrief-summary">Debrief of {formatWhen(i.scheduledAt)}</summary>
            <InterviewDebrief interviewId={i.id} />
          </details>
        ))
      )}
    </div>
  );
}

function InterviewDebrief({ interviewId }: { interviewId: string }) {
  const { interview, save, error, change } = useInterview(interviewId);
  const names = useReferredNames(interview?.contactId ?? null, interviewId);
  if (!interview) return <p role="status">{error || 'Loading…'}</p>;
  return (
    <div class="stack">
      <DebriefForm interview={interview} onChange={(p) => change(p)} idPrefix={`db-${interviewId}`} whoNext={names} />
      <span class="small muted" role="status">
        {save === 'saved' ? 'All changes saved' : save === 'error' ? `Not saved: ${error}` : 'Saving…'}
      </span>
    </div>
  );
}
