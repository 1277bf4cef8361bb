// Questions the user wrote down after earlier chats, offered as ideas for this one: same
// organisation first, then same field, then everyone. Ticking adds one to the plan; once it is
// ticked as asked in the meeting (or dismissed here) it leaves the list for good.
import { useState } from 'preact/hooks';
import { setCarriedStatus } from '../store/meetings.ts';
import type { CarriedIdea } from './use-carried.ts';

const REASON: Record<CarriedIdea['reason'], string> = {
  'same-organisation': 'same organisation',
  'same-field': 'same field',
  everyone: '',
};

export function CarriedQuestions({
  ideas,
  plan,
  onPlan,
}: {
  ideas: CarriedIdea[];
  plan: string[];
  onPlan: (plan: string[]) => void;
}) {
  const [error, setError] = useState('');
  if (!ideas.length) return null;
  const toggle = (text: string) => onPlan(plan.includes(text) ? plan.filter((q) => q !== text) : [...plan, text]);
  async function dismiss(id: string, text: string) {
    try {
      await setCarriedStatus(id, 'dismissed', Date.now());
      if (plan.includes(text)) onPlan(plan.filter((q) => q !== text));
    } catch (e) {
      setError(`Could not dismiss it: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return (
    <fieldset class="question-group" data-testid="carried-questions">
      <legend>From your earlier chats</legend>
      {ideas.map(({ question: q, reason, origin }) => (
        <div key={q.id} class="question carried">
          <input type="checkbox" id={`cq-${q.id}`} checked={plan.includes(q.text)} onChange={() => toggle(q.text)} />
          <label for={`cq-${q.id}`}>
            {q.text}
            <span class="basis" data-testid="carried-origin">
              {origin[0]?.toUpperCase()}
              {origin.slice(1)}
              {REASON[reason] && ` · ${REASON[reason]}`}
            </span>
          </label>
          <button
            type="button"
            class="btn-link small"
            aria-label={`Dismiss: ${q.text}`}
            onClick={() => void dismiss(q.id, q.text)}
          >
            Dismiss
          </button>
        </div>
      ))}
      {error && (
        <p role="alert" class="small">
          {error}
        </p>
      )}
    </fieldset>
  );
}
