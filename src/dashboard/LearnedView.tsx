// "What I've learned": takeaways by organisation and by field, advice heard more than once,
// questions not yet asked, fit scores over time, and the whole journal as Markdown.
import { useMemo, useState } from 'preact/hooks';
import { adviceOf, fitByField, journalEntries, journalMarkdown, takeawaysBy } from '../domain/journal.ts';
import { recurringAdvice } from '../domain/recurring-advice.ts';
import { setCarriedStatus } from '../store/meetings.ts';
import { dateStamp, downloadText } from '../ui/download.ts';
import { FitChart } from './FitChart.tsx';
import { useJournal } from './use-journal.ts';

const day = (ms: number) =>
  new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function LearnedView({ version, onOpen }: { version: number; onOpen: (id: string) => void }) {
  const { data, error } = useJournal(version);
  const [by, setBy] = useState<'organisation' | 'field'>('organisation');
  const entries = useMemo(() => (data ? journalEntries(data) : []), [data]);
  const groups = useMemo(() => takeawaysBy(entries, by), [entries, by]);
  const recurring = useMemo(() => recurringAdvice(adviceOf(entries)), [entries]);
  const fits = useMemo(() => fitByField(entries), [entries]);
  if (error)
    return (
      <p class="notice notice-error" role="alert">
        Could not load your journal: {error}
      </p>
    );
  if (!data)
    return (
      <p role="status">
        <span class="spinner" aria-hidden="true" /> Loading your journal…
      </p>
    );
  const names = new Map(data.contacts.map((c) => [c.id, c]));
  const open = data.carried.filter((q) => q.status === 'open');
  const person = (id: string, name: string) => (
    <button type="button" class="btn-link" onClick={() => onOpen(id)}>
      {name}
    </button>
  );
  if (!entries.length && !open.length)
    return (
      <p class="card" data-testid="journal-empty">
        Nothing here yet. After a meeting, the debrief (what you learned, how the field fits you, new questions) fills
        this page.
      </p>
    );
  return (
    <div class="stack journal" data-testid="journal">
      <div class="row">
        <button
          type="button"
          class="btn"
          onClick={() =>
            downloadText(
              `coffee-chat-journal-${dateStamp(Date.now())}.md`,
              journalMarkdown(data, Date.now()),
              'text/markdown',
            )
          }
        >
          Export as Markdown
        </button>
      </div>
      <section class="card stack" aria-labelledby="jr-take-h">
        <div class="spread">
          <h3 id="jr-take-h">Takeaways</h3>
          <fieldset class="row journal-by">
            <legend class="visually-hidden">Group takeaways by</legend>
            {(['organisation', 'field'] as const).map((k) => (
              <button key={k} type="button" class="cc-tab" aria-pressed={by === k} onClick={() => setBy(k)}>
                By {k}
              </button>
            ))}
          </fieldset>
        </div>
        {groups.length === 0 && <p class="muted">No takeaways written yet.</p>}
        {groups.map((g) => (
          <div key={g.key}>
            <h4 class="cc-h4">{g.key}</h4>
            <ul class="cc-plain journal-list" data-testid="takeaway-group">
              {g.items.map((t, i) => (
                <li key={`${t.contactId}-${i}`}>
                  {t.text}{' '}
                  <span class="muted small">
                    — {person(t.contactId, t.name)}, {day(t.at)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section class="card stack" aria-labelledby="jr-fit-h">
        <h3 id="jr-fit-h">How each field fits me, over time</h3>
        {fits.length === 0 ? (
          <p class="muted">Score the fit in a meeting's debrief to see it here.</p>
        ) : (
          <div class="journal-charts">
            {fits.map((f) => (
              <FitChart key={f.field} field={f.field} points={f.points} />
            ))}
          </div>
        )}
      </section>
      <section class="card stack" aria-labelledby="jr-rec-h">
        <h3 id="jr-rec-h">Advice I heard more than once</h3>
        {recurring.length === 0 ? (
          <p class="muted">Nothing has come up in two conversations yet.</p>
        ) : (
          recurring.map((g) => (
            <div key={g.phrase}>
              <h4 class="cc-h4">“{g.phrase}”</h4>
              <ul class="cc-plain journal-list">
                {g.advice.map((a, i) => (
                  <li key={`${a.interviewId}-${i}`}>
                    {a.text}{' '}
                    <span class="muted small">
                      — {a.contactName}, {day(a.at)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
      <section class="card stack" aria-labelledby="jr-q-h">
        <h3 id="jr-q-h">Questions not yet asked</h3>
        {open.length === 0 ? (
          <p class="muted">None open. New questions from a debrief appear here until you ask them.</p>
        ) : (
          <ul class="cc-plain journal-list" data-testid="open-questions">
            {open.map((q) => {
              const c = names.get(q.contactId);
              return (
                <li key={q.id}>
                  {q.text}{' '}
                  <span class="muted small">
                    — {c ? person(c.id, c.edits.name ?? c.captured?.name ?? 'Unnamed') : 'a chat'}, {day(q.at)}
                  </span>{' '}
                  <button
                    type="button"
                    class="btn-link small"
                    aria-label={`Dismiss: ${q.text}`}
                    onClick={() => void setCarriedStatus(q.id, 'dismissed', Date.now())}
                  >
                    Dismiss
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
