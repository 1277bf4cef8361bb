// One contact: stage, the next message due, scheduling, reminders, meetings, referrals,
// profile and timeline. Re-read from the store on every change broadcast (`version`).
import { useEffect, useRef, useState } from 'preact/hooks';
import { displayValue, STAGE_LABELS, STAGES, type Stage } from '../domain/contact.ts';
import { stillWaiting } from '../domain/nudges.ts';
import { ActionError } from '../ui/ActionError.tsx';
import { useAction } from '../ui/use-action.ts';
import { moveStage, removeContact } from './actions.ts';
import { DeleteContact } from './DeleteContact.tsx';
import { DraftPanel } from './DraftPanel.tsx';
import { InterviewsPanel, ReferralsPanel, Timeline } from './HistoryPanels.tsx';
import { LoopPanel } from './LoopPanel.tsx';
import { type Detail, loadDetail } from './load-detail.ts';
import { NoReplyPanel } from './NoReplyPanel.tsx';
import { suggestedKind } from './next-draft.ts';
import { ProfileForm } from './ProfileForm.tsx';
import { RemindersList } from './RemindersList.tsx';
import { SchedulePanel } from './SchedulePanel.tsx';

interface Props {
  id: string;
  reminderId: string | null;
  version: number;
  onOpen: (id: string) => void;
  /** The contact was deleted from its own page: the dashboard moves on. */
  onDeleted: (id: string, name: string) => void;
}

export function ContactDetail({ id, reminderId, version, onOpen, onDeleted }: Props) {
  const [detail, setDetail] = useState<Detail | null | undefined>(undefined);
  const [error, setError] = useState('');
  const staging = useAction();
  // The stage the contact had when opened decides which sections start open, so booking a
  // meeting (stage → scheduled) does not fold away the invite it just offered.
  const openedAs = useRef<{ id: string; stage: Stage } | null>(null);
  useEffect(() => {
    let live = true;
    loadDetail(id).then(
      (d) => live && setDetail(d),
      (e: unknown) => live && setError(String(e)),
    );
    return () => {
      live = false;
    };
  }, [id, version]);

  if (error)
    return (
      <p class="notice notice-error" role="alert">
        Could not load this contact: {error}
      </p>
    );
  if (detail === undefined)
    return (
      <p role="status">
        <span class="spinner" aria-hidden="true" /> Loading contact…
      </p>
    );
  if (detail === null)
    return (
      <p class="notice notice-warn" role="alert">
        This contact no longer exists.
      </p>
    );

  const c = detail.contact;
  if (openedAs.current?.id !== c.id) openedAs.current = { id: c.id, stage: c.stage };
  const name = displayValue(c, 'name') ?? 'Unnamed';
  const next = STAGES[STAGES.indexOf(c.stage) + 1];
  const open = detail.reminders.filter((r) => !r.done);
  // The no-reply nudge the user came for (from its notification), or one already due.
  const nudge = stillWaiting(c)
    ? open.find((r) => r.kind === 'no-reply' && (r.id === reminderId || r.dueAt <= Date.now()))
    : undefined;
  return (
    <article class="stack" aria-labelledby="cc-detail-name">
      <header class="card stack">
        <div class="spread">
          <div>
            <h2 id="cc-detail-name" data-testid="detail-name">
              {name}
            </h2>
            <p class="muted">
              {[displayValue(c, 'title'), displayValue(c, 'company')].filter(Boolean).join(' · ') ||
                displayValue(c, 'headline') ||
                ''}
            </p>
          </div>
          <div class="row">
            <label for="cc-stage" class="cc-inline-label">
              Stage
            </label>
            <select
              id="cc-stage"
              value={c.stage}
              style={{ width: 'auto' }}
              disabled={staging.running}
              onChange={(e) => staging.run(() => moveStage(c, e.currentTarget.value as Stage))}
            >
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {STAGE_LABELS[s]}
                </option>
              ))}
            </select>
            {next && c.stage !== 'declined' && (
              <button
                type="button"
                class="btn"
                disabled={staging.running}
                onClick={() => staging.run(() => moveStage(c, next))}
              >
                Move to {STAGE_LABELS[next]}
              </button>
            )}
          </div>
        </div>
        <ActionError error={staging.error} />
      </header>
      {nudge && (
        <Section title="No reply yet" testid="no-reply-section">
          <NoReplyPanel contact={c} settings={detail.settings} reminders={detail.reminders} nudge={nudge} />
        </Section>
      )}
      <Section title="Next message" testid="next-message">
        <DraftPanel
          contact={c}
          settings={detail.settings}
          inputs={detail.inputs}
          suggested={suggestedKind(c, open, reminderId)}
        />
      </Section>
      <Section title="Reminders">
        <RemindersList
          reminders={detail.reminders}
          now={Date.now()}
          empty="No reminders. Ending a meeting sets a thank-you for the next day."
        />
      </Section>
      <Section title="Schedule a meeting" collapsed={!EARLY.has(openedAs.current.stage)}>
        <SchedulePanel contact={c} settings={detail.settings} interviews={detail.interviews} />
      </Section>
      <Section title="Meetings">
        <InterviewsPanel interviews={detail.interviews} />
      </Section>
      <Section title="What I learned from them" testid="loop">
        <LoopPanel contact={c} interviews={detail.interviews} />
      </Section>
      <Section title="Referrals">
        <ReferralsPanel detail={detail} onOpen={onOpen} />
      </Section>
      <Section title="Profile" collapsed>
        <ProfileForm contact={c} />
      </Section>
      <Section title="Timeline">
        <Timeline activity={detail.activity} />
      </Section>
      {/* Last and apart from the actions above: nobody reaches it on the way to something else. */}
      <section class="card" aria-label="Delete contact" data-testid="delete-contact">
        <DeleteContact
          name={name}
          meetings={detail.interviews.length}
          reminders={detail.reminders.length}
          referred={[...new Map(detail.suggested.map((p) => [p.id, p.name])).values()]}
          remove={() => removeContact(c.id)}
          onDeleted={() => onDeleted(c.id, name)}
        />
      </section>
    </article>
  );
}

/** Before a meeting is booked, booking it is the next step; later the form folds away. */
const EARLY = new Set<Stage>(['to-research', 'to-contact', 'reached-out']);

function Section({
  title,
  children,
  testid,
  collapsed,
}: {
  title: string;
  children: preact.ComponentChildren;
  testid?: string;
  collapsed?: boolean;
}) {
  const id = `cc-sec-${title.toLowerCase().replace(/\W+/g, '-')}`;
  if (collapsed !== undefined) {
    return (
      <details class="card cc-collapsible" open={!collapsed} data-testid={testid}>
        <summary>
          <h3 id={id}>{title}</h3>
        </summary>
        <div class="stack">{children}</div>
      </details>
    );
  }
  return (
    <section class="card stack" aria-labelledby={id} data-testid={testid}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
