import { useMemo, useState } from 'preact/hooks';
import type { CapturedProfile } from '../domain/profile.ts';
import type { Settings } from '../domain/settings.ts';
import { profileIsThin, type QuestionIdea, questionIdeas, THEME_LABELS, THEMES } from '../drafting/index.ts';

const FIRST_PAGE = 10;
const MORE_PAGE = 5;

/** Question ideas grouped by theme, picked into a plan; more ideas on request; the user's own. */
export function QuestionsPanel(props: {
  profile: CapturedProfile;
  settings: Settings;
  plan: string[];
  morePages: number;
  onPlan: (plan: string[]) => void;
  onMore: () => void;
}) {
  const { profile, settings, plan, morePages } = props;
  const [own, setOwn] = useState('');
  const ideas = useMemo(() => {
    const now = Date.now();
    const all: QuestionIdea[] = questionIdeas(profile, settings, { count: FIRST_PAGE, now });
    for (let page = 0; page < morePages; page++) {
      all.push(...questionIdeas(profile, settings, { offset: all.length, count: MORE_PAGE, now }));
    }
    return all;
  }, [profile, settings, morePages]);
  const exhausted = useMemo(
    () => questionIdeas(profile, settings, { offset: ideas.length, count: 1, now: Date.now() }).length === 0,
    [profile, settings, ideas.length],
  );

  const thin = useMemo(() => profileIsThin(profile, settings, Date.now()), [profile, settings]);

  const toggle = (text: string) => props.onPlan(plan.includes(text) ? plan.filter((q) => q !== text) : [...plan, text]);
  const ideaTexts = new Set(ideas.map((i) => i.text));
  const ownQuestions = plan.filter((q) => !ideaTexts.has(q));

  return (
    <div class="stack questions">
      {thin && (
        <p class="notice small" data-testid="thin-profile">
          This profile says little about them, so most ideas here are general ones. If their page shows more (work
          history, About), scroll down to it and capture again, or add questions of your own.
        </p>
      )}
      <p class="small muted">
        Tick the questions you want to ask. {plan.length ? `${plan.length} in your plan.` : 'Your plan is empty.'}
      </p>
      {THEMES.map((theme) => {
        const group = ideas.filter((i) => i.theme === theme);
        if (!group.length) return null;
        return (
          <fieldset key={theme} class="question-group">
            <legend>{THEME_LABELS[theme]}</legend>
            {group.map((idea) => (
              <div key={idea.id} class={`question${idea.mostImportant ? ' most-important' : ''}`}>
                <input
                  type="checkbox"
                  id={`q-${idea.id}`}
                  checked={plan.includes(idea.text)}
                  onChange={() => toggle(idea.text)}
                />
                <label for={`q-${idea.id}`}>
                  {idea.text}
                  {idea.mostImportant && <span class="badge">Most important</span>}
                  {idea.basis && <span class="basis">From the profile: {idea.basis}</span>}
                </label>
              </div>
            ))}
          </fieldset>
        );
      })}
      {ownQuestions.length > 0 && (
        <fieldset class="question-group">
          <legend>Your own questions</legend>
          {ownQuestions.map((q, i) => (
            <div key={q} class="question">
              <input type="checkbox" id={`own-${i}`} checked onChange={() => toggle(q)} />
              <label for={`own-${i}`}>{q}</label>
            </div>
          ))}
        </fieldset>
      )}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          const text = own.trim();
          if (text && !plan.includes(text)) props.onPlan([...plan, text]);
          setOwn('');
        }}
      >
        <label for="own-question" class="visually-hidden">
          Your own question
        </label>
        <input
          id="own-question"
          placeholder="Add your own question"
          value={own}
          onInput={(e) => setOwn(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <button type="submit" class="btn">
          Add
        </button>
      </form>
      <button type="button" class="btn" onClick={props.onMore} disabled={exhausted}>
        {exhausted ? 'No more ideas' : 'More ideas'}
      </button>
    </div>
  );
}
