// The meeting view: a small window beside the call with the clock, the chosen questions as a
// checklist, notes that save as you type, "who should I talk to next?", and the wrap-up.
import { useEffect, useState } from 'preact/hooks';
import { CaresAbout } from '../debrief/CaresAbout.tsx';
import { DebriefForm } from '../debrief/DebriefForm.tsx';
import { useInterview } from '../debrief/use-interview.ts';
import { useReferredNames } from '../debrief/use-referred-names.ts';
import { type Contact, displayValue } from '../domain/contact.ts';
import { syncReminderAlarms } from '../extension/reminder-alarms.ts';
import browser from '../lib/browser.ts';
import { formatWhen } from '../lib/date-style.ts';
import { dashboardPath } from '../lib/page-urls.ts';
import { getContact, readFailureMessage } from '../store/index.ts';
import { type EndResult, endMeeting } from '../store/meetings.ts';
import { ActionError } from '../ui/ActionError.tsx';
import { AutoGrowTextarea } from '../ui/AutoGrowTextarea.tsx';
import { useAction } from '../ui/use-action.ts';
import { primeAudio } from './chime.ts';
import { clockAction, meetingCountdown } from './countdown.ts';
import { Timer } from './Timer.tsx';
import { WhoNext } from './WhoNext.tsx';

const SAVE_LABEL = { saved: 'All changes saved', pending: 'Saving…', saving: 'Saving…', error: 'Not saved' } as const;
const when = formatWhen;

export function App() {
  const id = new URLSearchParams(location.search).get('interview');
  const { ready, interview, save, error, change, flush } = useInterview(id);
  const [contact, setContact] = useState<Contact | null>(null);
  const [sound, setSound] = useState(false);
  const [contactError, setContactError] = useState('');
  const [ended, setEnded] = useState<EndResult | null>(null);
  const ending = useAction();
  const [now, setNow] = useState(Date.now());
  const referred = useReferredNames(interview?.contactId ?? null, interview?.id ?? null);

  useEffect(() => {
    if (!ready || !interview) return;
    getContact(interview.contactId).then(
      (c) => {
        setContact(c ?? null);
        setContactError('');
      },
      (e: unknown) => setContactError(readFailureMessage('who this meeting is with', e)),
    );
  }, [interview?.contactId]);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(t);
  }, []);
  useEffect(() => {
    const name = contact ? displayValue(contact, 'name') : null;
    document.title = name ? `Meeting with ${name} — Coffee Chat` : 'Meeting — Coffee Chat';
  }, [contact]);

  const dashboard = browser.runtime.getURL(dashboardPath());
  if (!id)
    return (
      <Shell>
        <header class="mt-head">
          <h1>Meeting</h1>
        </header>
        <section class="card stack" data-testid="meeting-empty">
          <h2>No meeting open</h2>
          <p>
            This window keeps the clock, your questions and your notes during a call. Open it from a meeting you
            scheduled: in the dashboard, choose a contact, then “Start meeting”.
          </p>
          <p>
            <a class="btn btn-primary" href={dashboard}>
              Open the dashboard
            </a>
          </p>
        </section>
      </Shell>
    );
  if (interview === undefined)
    return (
      <Shell>
        <p role="status">
          <span class="spinner" aria-hidden="true" /> Loading the meeting…
        </p>
      </Shell>
    );
  if (interview === null || !ready)
    return (
      <Shell>
        <header class="mt-head">
          <h1>Meeting</h1>
        </header>
        <p class="notice notice-error" role="alert">
          {error || 'This meeting no longer exists: it may have been deleted.'}
        </p>
        <p>
          <a href={dashboard}>Open the dashboard</a>
        </p>
      </Shell>
    );

  const name = contact ? (displayValue(contact, 'name') ?? 'your contact') : '…';
  const phase = meetingCountdown(interview, now).phase;
  const isOver = interview.endedAt !== null;
  const clockDo = (a: 'start' | 'pause' | 'resume' | 'add5') => change(clockAction(interview, a, Date.now()), true);

  /** One action: the interview closed, the stage "met" and the reminders, in one write (store/actions/). */
  async function finish() {
    await flush();
    if (!ready || !interview) return;
    setEnded(await endMeeting(interview.id, Date.now()));
    // The alarms follow the store: the worker rebuilds them on startup and on its next change notice.
    await syncReminderAlarms().catch(() => undefined);
  }

  return (
    <Shell>
      <header class="mt-head">
        <h1 title={`Meeting with ${name}`}>Meeting with {name}</h1>
        <p class="muted small spread">
          <span>
            {interview.mode === 'in-person' ? 'In person' : interview.mode === 'call' ? 'Phone call' : 'Video call'} ·{' '}
            {interview.minutes} minutes
          </span>
          <span class={`mt-save mt-save-${save}`} role="status" data-testid="save-state">
            {SAVE_LABEL[save]}
          </span>
        </p>
      </header>
      {save === 'error' && error && (
        <p class="notice notice-error small" role="alert">
          Your notes are kept in this window. {error}
        </p>
      )}
      {contactError && (
        <p class="notice notice-error small" role="alert">
          {contactError}
        </p>
      )}
      {!isOver && <Timer state={interview} ended={isOver} sound={sound} onAction={clockDo} />}
      {!isOver && (
        <label class="mt-check">
          <input
            type="checkbox"
            checked={sound}
            onChange={(e) => {
              setSound(e.currentTarget.checked);
              if (e.currentTarget.checked) primeAudio();
            }}
          />{' '}
          Soft chime at 5 minutes left and at the end
        </label>
      )}
      <section class="card stack" aria-labelledby="mt-q-h">
        <h2 id="mt-q-h">Questions</h2>
        {interview.questions.length === 0 && (
          <p class="muted small">No questions were chosen when this meeting was scheduled.</p>
        )}
        <ul class="mt-questions">
          {interview.questions.map((q, i) => (
            <li key={`${i}-${q.text}`}>
              <label class="mt-check">
                <input
                  type="checkbox"
                  checked={q.asked}
                  onChange={(e) => {
                    const asked = e.currentTarget.checked;
                    change({ questions: interview.questions.map((x, j) => (j === i ? { ...x, asked } : x)) }, true);
                  }}
                />
                <span class={q.asked ? 'mt-asked' : ''}>{q.text}</span>
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section class="card stack" aria-labelledby="mt-notes-h">
        <h2 id="mt-notes-h">
          <label for="mt-notes" class="mt-h-label">
            Notes
          </label>
        </h2>
        <AutoGrowTextarea
          id="mt-notes"
          class="mt-notes"
          value={interview.notes}
          onInput={(e) =>
            // The first note starts the clock, for a user who began talking without pressing Start.
            change({
              notes: e.currentTarget.value,
              ...(interview.startedAt === null && !isOver ? clockAction(interview, 'start', Date.now()) : {}),
            })
          }
        />
      </section>
      <WhoNext contactId={interview.contactId} interviewId={interview.id} prompt={!isOver && phase !== 'running'} />
      <section class="card stack" aria-labelledby="mt-end-h">
        <h2 id="mt-end-h">After the call: debrief</h2>
        <p class="small muted">Saved as you type. You can come back to it from their page in the dashboard.</p>
        <DebriefForm interview={interview} onChange={(p) => change(p)} idPrefix="mt" whoNext={referred} />
        {contact && <CaresAbout contact={contact} id="mt-cares" />}
        {!isOver && (
          <button type="button" class="btn btn-primary" disabled={ending.running} onClick={() => ending.run(finish)}>
            End meeting
          </button>
        )}
        <ActionError error={ending.error} />
        {(isOver || ended) && (
          <div class="notice notice-ok" role="status" data-testid="ended">
            <p>Meeting ended; {name} is now “Met”.</p>
            {ended?.thankYouAt != null && <p>Thank-you reminder: {when(ended.thankYouAt)}.</p>}
            {ended?.followUpAt != null && <p>Follow-up reminder: {when(ended.followUpAt)}.</p>}
            <a href={browser.runtime.getURL(dashboardPath(interview.contactId))} target="_blank" rel="noopener">
              Open in the dashboard
            </a>
          </div>
        )}
      </section>
    </Shell>
  );
}

function Shell({ children }: { children: preact.ComponentChildren }) {
  return <main class="mt-main stack">{children}</main>;
}
