// The debrief after a chat (the career-centre questions): what I learned, how the field fits my
// skills, values and interests, what I still need to find out, and the new questions, which are
// offered as question ideas in the next chats. Used by the meeting view and, to edit it later,
// by the dashboard's contact page; the caller saves (both autosave).
import type { Interview } from '../domain/contact.ts';
import { type Debrief, emptyDebrief, FIT_ASPECTS, FIT_LABELS, type FitAspect } from '../domain/learning.ts';
import type { InterviewPatch } from '../store/meetings.ts';
import type { ReferredNames } from './use-referred-names.ts';
import './debrief.css';

const SCORE_WORDS = ['', 'poor', 'weak', 'mixed', 'good', 'strong'];

export function DebriefForm({
  interview,
  onChange,
  idPrefix,
  whoNext,
}: {
  interview: Interview;
  onChange(patch: InterviewPatch): void;
  /** Keeps ids unique when several debriefs share a page. */
  idPrefix: string;
  /** The names suggested in this chat (its referrals), shown as the debrief's "who next". */
  whoNext: ReferredNames;
}) {
  const debrief = interview.debrief ?? emptyDebrief();
  const set = (next: Debrief) => onChange({ debrief: next });
  const setFit = (a: FitAspect, over: Partial<Debrief['fit'][FitAspect]>) =>
    set({ ...debrief, fit: { ...debrief.fit, [a]: { ...debrief.fit[a], ...over } } });
  const id = (s: string) => `${idPrefix}-${s}`;
  return (
    <div class="stack debrief" data-testid="debrief">
      <div class="field">
        <label for={id('takeaways')}>Takeaways: what I learned</label>
        <textarea
          id={id('takeaways')}
          rows={4}
          value={interview.takeaways}
          onInput={(e) => onChange({ takeaways: e.currentTarget.value })}
        />
      </div>
      <fieldset class="debrief-fit">
        <legend>How does this field fit me? (1 = poorly, 5 = very well)</legend>
        {FIT_ASPECTS.map((a) => (
          <div class="debrief-fit-row" key={a}>
            <fieldset class="debrief-score">
              <legend>{FIT_LABELS[a]}</legend>
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} class="debrief-score-option" title={SCORE_WORDS[n]}>
                  <input
                    type="radio"
                    name={id(`fit-${a}`)}
                    value={String(n)}
                    checked={debrief.fit[a].score === n}
                    onChange={() => setFit(a, { score: n })}
                  />
                  {n}
                </label>
              ))}
            </fieldset>
            <label class="visually-hidden" for={id(`fit-${a}-note`)}>
              Note on {FIT_LABELS[a].toLowerCase()}
            </label>
            <input
              id={id(`fit-${a}-note`)}
              class="debrief-note"
              placeholder="Why? (optional)"
              value={debrief.fit[a].note}
              onInput={(e) => setFit(a, { note: e.currentTarget.value })}
            />
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for={id('find-out')}>What I still need to find out</label>
        <textarea
          id={id('find-out')}
          rows={2}
          value={debrief.toFindOut}
          onInput={(e) => set({ ...debrief, toFindOut: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={id('newq')}>New questions</label>
        <textarea
          id={id('newq')}
          rows={3}
          value={interview.newQuestions}
          aria-describedby={id('newq-hint')}
          onInput={(e) => onChange({ newQuestions: e.currentTarget.value })}
        />
        <p id={id('newq-hint')} class="small muted">
          One per line. They are offered as question ideas for your next chats, marked with where they came from.
        </p>
      </div>
      <div>
        <p class="debrief-who-label">Who next</p>
        {whoNext.error ? (
          <p class="notice notice-error small" role="alert">
            {whoNext.error}
          </p>
        ) : whoNext.names.length ? (
          <p data-testid="debrief-who-next">{whoNext.names.join(', ')}</p>
        ) : (
          <p class="small muted">No names yet: add the people they suggest under “Who should I talk to next?”.</p>
        )}
      </div>
    </div>
  );
}
