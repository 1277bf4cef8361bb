// Booking a meeting: one of the next free slots from the user's availability, or a time
// picked by hand; the questions to bring; then an .ics invite and "Start meeting".
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Contact, displayValue, type Interview } from '../domain/contact.ts';
import type { Settings } from '../domain/settings.ts';
import { questionPlan, type StoredPlan, togglePlan } from '../drafting/question-plan.ts';
import { meetingMinutes, nextSlots } from '../drafting/slots.ts';
import { pageDateStyle } from '../lib/date-style.ts';
import { failureMessage, getPersonDraft, readFailureMessage, savePersonDraft } from '../store/index.ts';
import { ActionError } from '../ui/ActionError.tsx';
import { Checkbox, MostImportant } from '../ui/Choice.tsx';
import { icsUrl, scheduleInterview, startMeeting } from './actions.ts';

const NO_PLAN: StoredPlan = { plan: [], morePages: 0, planTouched: false };

function localInputValue(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

export function SchedulePanel({
  contact,
  settings,
  interviews,
}: {
  contact: Contact;
  settings: Settings;
  interviews: Interview[];
}) {
  const now = useMemo(() => Date.now(), []);
  const minutes = meetingMinutes(settings.availability);
  const busy = interviews.map((i) => ({ start: i.scheduledAt, end: i.scheduledAt + i.minutes * 60_000 }));
  const slots = useMemo(
    () => nextSlots(settings.availability, now, 3, busy, pageDateStyle(settings.clock)),
    [settings, now, interviews],
  );
  const [choice, setChoice] = useState<string>(slots[0] ? String(slots[0].start) : 'custom');
  const [custom, setCustom] = useState(localInputValue(now + 86_400_000));
  // The person's one question plan, the same the popup shows; ticking here changes it there too.
  // null while the saved plan is read: showing the default ticks meanwhile would flash a plan that is not theirs.
  const [loaded, setLoaded] = useState<StoredPlan | null>(contact.profileUrl ? null : NO_PLAN);
  const stored = loaded ?? NO_PLAN;
  const plan = useMemo(
    () => questionPlan(contact.captured, settings, stored, now),
    [contact.captured, settings, stored, now],
  );
  const picked = new Set(plan.picked);
  const [planError, setPlanError] = useState('');
  useEffect(() => {
    if (!contact.profileUrl) return;
    // Unread, the plan is not "no questions": booking waits, and the failure is said.
    getPersonDraft(contact.profileUrl).then(
      (d) => {
        setLoaded(d);
        setPlanError('');
      },
      (e: unknown) => setPlanError(readFailureMessage('your question plan for them', e)),
    );
  }, [contact.profileUrl]);
  const setStored = setLoaded;
  async function toggle(text: string) {
    const next = { ...stored, plan: togglePlan(stored, plan.ideas, text), planTouched: true };
    setStored(next);
    const url = contact.profileUrl;
    if (!url) return;
    try {
      // Read again just before writing: the popup may have changed the draft's other fields.
      const fresh = await getPersonDraft(url);
      await savePersonDraft(url, { ...fresh, plan: next.plan, planTouched: true, updatedAt: Date.now() });
    } catch (err) {
      setError(`Your question plan was not saved. ${failureMessage(err)}`);
    }
  }
  const [booked, setBooked] = useState<{ interview: Interview; url: string } | null>(null);
  const [error, setError] = useState('');
  const name = displayValue(contact, 'name') ?? 'them';

  async function book(e: Event) {
    e.preventDefault();
    const at = choice === 'custom' ? new Date(custom).getTime() : Number(choice);
    if (!Number.isFinite(at)) return setError('Pick a date and time.');
    setError('');
    try {
      const interview = await scheduleInterview(contact, at, minutes, plan.picked);
      setBooked({ interview, url: icsUrl(interview, name) });
    } catch (err) {
      // The chosen time and questions stay as they are, for another try.
      setError(failureMessage(err));
    }
  }

  if (booked) {
    return (
      <div class="stack notice notice-ok" role="status">
        <p>Meeting booked and {name} moved to “Scheduled”.</p>
        <div class="row">
          <a class="btn" href={booked.url} download="coffee-chat.ics">
            Download invite (.ics)
          </a>
          <button type="button" class="btn btn-primary" onClick={() => void startMeeting(booked.interview.id)}>
            Start meeting
          </button>
          <button type="button" class="btn-link" onClick={() => setBooked(null)}>
            Book another
          </button>
        </div>
      </div>
    );
  }

  return (
    <form class="stack" onSubmit={book} aria-label="Schedule a meeting">
      <fieldset class="cc-fieldset">
        <legend>When ({minutes} minutes)</legend>
        {slots.map((s) => (
          <label key={s.start} class="cc-choice">
            <input
              type="radio"
              name="slot"
              value={String(s.start)}
              checked={choice === String(s.start)}
              onChange={() => setChoice(String(s.start))}
            />
            {s.label}
          </label>
        ))}
        <label class="cc-choice">
          <input
            type="radio"
            name="slot"
            value="custom"
            checked={choice === 'custom'}
            onChange={() => setChoice('custom')}
          />
          Another time
        </label>
        {choice === 'custom' && (
          <input
            type="datetime-local"
            aria-label="Meeting date and time"
            value={custom}
            onInput={(e) => setCustom(e.currentTarget.value)}
          />
        )}
      </fieldset>
      <fieldset class="cc-fieldset">
        <legend>Questions to bring</legend>
        {!loaded && !planError && (
          <p class="small muted" role="status">
            Reading your question plan…
          </p>
        )}
        <ActionError error={planError || null} />
        {loaded &&
          plan.ideas.map((q) => (
            <Checkbox key={q.id} id={`bring-${q.id}`} checked={picked.has(q.text)} onChange={() => void toggle(q.text)}>
              {q.text}
              {q.mostImportant && <MostImportant />}
            </Checkbox>
          ))}
        {loaded &&
          plan.own.map((q, i) => (
            <Checkbox key={q} id={`bring-own-${i}`} checked onChange={() => void toggle(q)}>
              {q}
            </Checkbox>
          ))}
      </fieldset>
      <div class="row">
        {/* Not before the plan is read: the meeting would bring the wrong questions. */}
        <button type="submit" class="btn btn-primary" disabled={!loaded}>
          Schedule meeting
        </button>
      </div>
      <ActionError error={error || null} />
    </form>
  );
}
