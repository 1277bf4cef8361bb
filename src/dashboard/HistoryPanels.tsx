// A contact's history: meetings (with notes and takeaways), referrals in and out, timeline.
import { type Activity, type Interview, STAGE_LABELS } from '../domain/contact.ts';
import { startMeeting } from './actions.ts';
import type { Detail } from './load-detail.ts';
import { formatWhen } from './RemindersList.tsx';

export function InterviewsPanel({ interviews }: { interviews: Interview[] }) {
  if (!interviews.length) return <p class="muted">No meetings yet.</p>;
  return (
    <ul class="stack cc-plain">
      {[...interviews].reverse().map((i) => (
        <li key={i.id} class="card stack" data-testid="interview">
          <div class="spread">
            <strong>
              {formatWhen(i.scheduledAt)} · {i.minutes} min
            </strong>
            {i.endedAt ? (
              <span class="badge">Held</span>
            ) : (
              <button type="button" class="btn btn-primary" onClick={() => void startMeeting(i.id)}>
                {i.startedAt ? 'Resume meeting' : 'Start meeting'}
              </button>
            )}
          </div>
          {i.questions.length > 0 && (
            <p class="small muted">
              {i.questions.filter((q) => q.asked).length} of {i.questions.length} questions asked
            </p>
          )}
          {i.notes && <Block title="Notes" text={i.notes} />}
          {i.takeaways && <Block title="Takeaways" text={i.takeaways} />}
          {i.newQuestions && <Block title="New questions" text={i.newQuestions} />}
        </li>
      ))}
    </ul>
  );
}

function Block({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <h4 class="cc-h4">{title}</h4>
      <p class="cc-pre">{text}</p>
    </div>
  );
}

export function ReferralsPanel({ detail, onOpen }: { detail: Detail; onOpen: (id: string) => void }) {
  const person = (p: { id: string; name: string; stage: keyof typeof STAGE_LABELS }) => (
    <button type="button" class="btn-link" onClick={() => onOpen(p.id)}>
      {p.name}
    </button>
  );
  return (
    <div class="cc-cols">
      <div>
        <h4 class="cc-h4">Came to you through</h4>
        {detail.referredBy.length ? (
          <ul class="cc-plain">
            {detail.referredBy.map((p) => (
              <li key={p.id}>{person(p)}</li>
            ))}
          </ul>
        ) : (
          <p class="muted small">Nobody: a first contact.</p>
        )}
      </div>
      <div>
        <h4 class="cc-h4">Suggested you talk to</h4>
        {detail.suggested.length ? (
          <ul class="cc-plain" data-testid="suggested">
            {detail.suggested.map((p) => (
              <li key={p.referral.id}>
                {person(p)} <span class="badge">{p.met ? 'Met' : STAGE_LABELS[p.stage]}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted small">No names yet. Ask “who else should I talk to?”</p>
        )}
      </div>
    </div>
  );
}

export function Timeline({ activity }: { activity: Activity[] }) {
  if (!activity.length) return <p class="muted">Nothing yet.</p>;
  return (
    <ol class="cc-timeline">
      {[...activity].reverse().map((a) => (
        <li key={a.id}>
          <time dateTime={new Date(a.at).toISOString()} class="muted small">
            {formatWhen(a.at)}
          </time>{' '}
          {a.text}
        </li>
      ))}
    </ol>
  );
}
