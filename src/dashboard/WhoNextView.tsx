// "Who next": whom to contact next, and why each is on the list.
import { useMemo } from 'preact/hooks';
import { type WhoNextReason, whoNext } from '../domain/who-next.ts';
import { useJournal } from './use-journal.ts';

const HEADINGS: Record<WhoNextReason, [string, string]> = {
  referred: ['Suggested to you, not contacted yet', 'Nobody is waiting: names people suggest appear here.'],
  'one-perspective': ['Organisations you have heard about from one person only', 'None yet.'],
  stuck: ['Waiting for a reply', 'Nobody has gone a week without replying.'],
};

export function WhoNextView({ version, onOpen }: { version: number; onOpen: (id: string) => void }) {
  const { data, error } = useJournal(version);
  const items = useMemo(
    () => (data ? whoNext(data.contacts, data.referrals, data.interviews, Date.now()) : []),
    [data],
  );
  if (error)
    return (
      <p class="notice notice-error" role="alert">
        Could not load: {error}
      </p>
    );
  if (!data)
    return (
      <p role="status">
        <span class="spinner" aria-hidden="true" /> Loading…
      </p>
    );
  return (
    <div class="stack" data-testid="who-next">
      {(Object.keys(HEADINGS) as WhoNextReason[]).map((kind) => {
        const list = items.filter((i) => i.kind === kind);
        const [title, empty] = HEADINGS[kind];
        return (
          <section key={kind} class="card stack" aria-labelledby={`wn-${kind}`}>
            <h3 id={`wn-${kind}`}>{title}</h3>
            {list.length === 0 ? (
              <p class="muted">{empty}</p>
            ) : (
              <ul class="cc-plain journal-list" data-testid={`who-next-${kind}`}>
                {list.map((i) => (
                  <li key={`${i.kind}-${i.label}`}>
                    {i.contactId ? (
                      <button type="button" class="btn-link" onClick={() => onOpen(i.contactId!)}>
                        {i.label}
                      </button>
                    ) : (
                      <strong>{i.label}</strong>
                    )}
                    <br />
                    <span class="small muted">{i.reason}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
