// Reminders: when the service worker nudges about a thank-you and a follow-up.
import { useEffect, useState } from 'preact/hooks';
import type { ReminderSettings, Settings } from '../domain/settings.ts';
import { Field } from '../ui/Field.tsx';
import { TimeSelect } from './TimeSelect.tsx';

interface Props {
  reminders: ReminderSettings;
  edit(change: (s: Settings) => Settings): void;
}

export function monthsError(text: string): string | null {
  const n = Number(text);
  return text.trim() && Number.isInteger(n) && n >= 1 && n <= 24 ? null : 'Between 1 and 24 months.';
}

export function daysError(text: string): string | null {
  const n = Number(text);
  return text.trim() && Number.isInteger(n) && n >= 1 && n <= 60 ? null : 'Between 1 and 60 days.';
}

export function Reminders({ reminders, edit }: Props) {
  const { thankYou, followUp } = reminders;
  const noReply = reminders.noReply ?? { enabled: true, days: 7 };
  const [days, setDays] = useState(String(noReply.days));
  useEffect(() => setDays(String(noReply.days)), [noReply.days]);
  const [months, setMonths] = useState(String(followUp.months));
  const [time, setTime] = useState(thankYou.time);
  useEffect(() => setMonths(String(followUp.months)), [followUp.months]);
  useEffect(() => setTime(thankYou.time), [thankYou.time]);
  const set = (change: (r: ReminderSettings) => ReminderSettings) =>
    edit((s) => ({ ...s, reminders: change(s.reminders) }));

  return (
    <div class="stack">
      <div class="reminder">
        <div class="check">
          <input
            id="remind-thanks"
            type="checkbox"
            checked={thankYou.enabled}
            onChange={(e) => {
              const enabled = e.currentTarget.checked;
              set((r) => ({ ...r, thankYou: { ...r.thankYou, enabled } }));
            }}
          />
          <label for="remind-thanks">Remind me to send a thank-you the day after a conversation</label>
        </div>
        <div class="field indent">
          <label for="remind-thanks-time">At</label>
          <TimeSelect
            id="remind-thanks-time"
            value={time}
            disabled={!thankYou.enabled}
            onValue={(v) => {
              setTime(v);
              if (/^\d\d:\d\d$/.test(v)) set((r) => ({ ...r, thankYou: { ...r.thankYou, time: v } }));
            }}
          />
        </div>
      </div>
      <div class="reminder">
        <div class="check">
          <input
            id="remind-follow"
            type="checkbox"
            checked={followUp.enabled}
            onChange={(e) => {
              const enabled = e.currentTarget.checked;
              set((r) => ({ ...r, followUp: { ...r.followUp, enabled } }));
            }}
          />
          <label for="remind-follow">Remind me to follow up, with news of the people they suggested</label>
        </div>
        <Field
          id="remind-follow-months"
          label="After (months)"
          type="number"
          min={1}
          max={24}
          step={1}
          value={months}
          class="indent"
          disabled={!followUp.enabled}
          error={monthsError(months)}
          onValue={(v) => {
            setMonths(v);
            if (!monthsError(v)) set((r) => ({ ...r, followUp: { ...r.followUp, months: Number(v) } }));
          }}
        />
      </div>
      <div class="reminder">
        <div class="check">
          <input
            id="remind-no-reply"
            type="checkbox"
            checked={noReply.enabled}
            onChange={(e) => {
              const enabled = e.currentTarget.checked;
              set((r) => ({ ...r, noReply: { ...noReply, ...r.noReply, enabled } }));
            }}
          />
          <label for="remind-no-reply">
            Nudge me when someone I reached out to has not replied (one short follow-up, two nudges at most)
          </label>
        </div>
        <Field
          id="remind-no-reply-days"
          label="After (days)"
          type="number"
          min={1}
          max={60}
          step={1}
          value={days}
          class="indent"
          disabled={!noReply.enabled}
          error={daysError(days)}
          onValue={(v) => {
            setDays(v);
            if (!daysError(v)) set((r) => ({ ...r, noReply: { ...noReply, ...r.noReply, days: Number(v) } }));
          }}
        />
      </div>
      <p class="small muted">Reminders appear as a notification and on the toolbar button; nothing is sent for you.</p>
    </div>
  );
}
