// Reminders with done and snooze. Used for one contact's reminders and for everything due.
import type { Reminder } from '../domain/contact.ts';
import { dueAt } from '../domain/reminder-rules.ts';
import { formatWhen } from '../lib/date-style.ts';
import { ActionError } from '../ui/ActionError.tsx';
import { useAction } from '../ui/use-action.ts';
import { reminderDone, reminderSnooze } from './actions.ts';

const DAY = 86_400_000;
const KIND: Record<Reminder['kind'], string> = {
  'thank-you': 'Thank-you',
  'follow-up': 'Follow-up',
  custom: 'Reminder',
  'no-reply': 'No reply yet',
  'keep-in-touch': 'Keep in touch',
};

// One date style for every page (lib/date-style.ts); re-exported for the timeline panels.
export { formatWhen } from '../lib/date-style.ts';

interface Props {
  reminders: Reminder[];
  now: number;
  nameOf?: (contactId: string) => string;
  onOpen?: (r: Reminder) => void;
  empty: string;
}

export function RemindersList({ reminders, now, nameOf, onOpen, empty }: Props) {
  if (!reminders.length) return <p class="muted">{empty}</p>;
  return (
    <ul class="cc-reminders">
      {reminders.map((r) => (
        <ReminderItem key={r.id} r={r} now={now} who={nameOf?.(r.contactId)} onOpen={onOpen} />
      ))}
    </ul>
  );
}

/** One reminder; Done and Snooze say right here when they could not be saved. */
function ReminderItem({
  r,
  now,
  who,
  onOpen,
}: {
  r: Reminder;
  now: number;
  who?: string;
  onOpen?: (r: Reminder) => void;
}) {
  const { run, running, error } = useAction();
  const label = `${KIND[r.kind]}${who ? ` for ${who}` : ''}`;
  const due = dueAt(r) <= now;
  return (
    <li class={`card cc-reminder${r.done ? ' cc-done' : ''}`} data-testid="reminder">
      <div class="spread">
        <div>
          <strong>{label}</strong>{' '}
          <span class={`badge${due && !r.done ? ' cc-due' : ''}`}>{r.done ? 'Done' : due ? 'Due' : 'Upcoming'}</span>
          <div class="muted small" data-testid="reminder-when">
            {formatWhen(dueAt(r))}
          </div>
          {r.text && <div class="small">{r.text}</div>}
        </div>
        <div class="row">
          {onOpen && (
            <button type="button" class="btn" onClick={() => onOpen(r)} aria-label={`Open draft: ${label}`}>
              Open draft
            </button>
          )}
          {!r.done && (
            <>
              <button
                type="button"
                class="btn"
                disabled={running}
                onClick={() => run(() => reminderDone(r.id))}
                aria-label={`Done: ${label}`}
              >
                Done
              </button>
              <button
                type="button"
                class="btn"
                disabled={running}
                onClick={() => run(() => reminderSnooze(r.id, DAY))}
                aria-label={`Snooze 1 day: ${label}`}
              >
                Snooze 1 day
              </button>
              <button
                type="button"
                class="btn"
                disabled={running}
                onClick={() => run(() => reminderSnooze(r.id, 7 * DAY))}
                aria-label={`Snooze 1 week: ${label}`}
              >
                Snooze 1 week
              </button>
            </>
          )}
        </div>
      </div>
      <ActionError error={error} />
    </li>
  );
}
