import { useMemo, useState } from 'preact/hooks';
import type { CapturedProfile } from '../domain/profile.ts';
import type { Settings } from '../domain/settings.ts';
import { type DraftLanguage, profileIsThin, THEME_LABELS, type Theme } from '../drafting/index.ts';
import { questionLanguage, questionPlan, type StoredPlan, togglePlan } from '../drafting/question-plan.ts';
import { Checkbox, MostImportant } from '../ui/Choice.tsx';

// The popup speaks English; the language of the ideas is named the way it reads them.
const IN_ENGLISH: Record<DraftLanguage, string> = { en: 'English', fr: 'French', de: 'German', es: 'Spanish' };

/** Question ideas grouped by theme, picked into the person's plan; more ideas on request; the user's own. */
export function QuestionsPanel(props: {
  profile: CapturedProfile;
  settings: Settings;
  stored: StoredPlan;
  onPlan: (plan: string[]) => void;
  onMore: () => void;
}) {
  const { profile, settings, stored } = props;
  const [own, setOwn] = useState('');
  const plan = useMemo(() => questionPlan(profile, settings, stored, Date.now()), [profile, settings, stored]);
  const ticked = new Set(plan.picked);
  const toggle = (text: string) => props.onPlan(togglePlan(stored, plan.ideas, text));
  // The ideas come grouped by theme in the plan's order; the groups keep that order.
  const themes: Theme[] = [...new Set(plan.ideas.map((i) => i.theme))];
  const lang = questionLanguage(profile, settings);
  const thin = useMemo(() => profileIsThin(profile, settings, Date.now()), [profile, settings]);

  return (
    <div class="stack questions">
      {thin && (
        <p class="notice small" data-testid="thin-profile">
          This profile says little about them, so most ideas here are general ones. If their page shows more (work
          history, About), scroll down to it and capture again, or add questions of your own.
        </p>
      )}
      <p class="small muted">
        Tick the questions you want to ask.{' '}
        {plan.picked.length ? `${plan.picked.length} in your plan.` : 'Your plan is empty.'}
        {lang !== 'en' && ` Ideas in ${IN_ENGLISH[lang]}: the language of their profile, or your default.`}
      </p>
      {themes.map((theme) => {
        const group = plan.ideas.filter((i) => i.theme === theme);
        if (!group.length) return null;
        return (
          <fieldset key={theme} class="question-group">
            <legend>{THEME_LABELS[theme]}</legend>
            {group.map((idea) => (
              <Checkbox
                key={idea.id}
                id={`q-${idea.id}`}
                checked={ticked.has(idea.text)}
                onChange={() => toggle(idea.text)}
                hint={idea.basis ? `From the profile: ${idea.basis}` : undefined}
              >
                {idea.text}
                {idea.mostImportant && <MostImportant />}
              </Checkbox>
            ))}
          </fieldset>
        );
      })}
      {plan.own.length > 0 && (
        <fieldset class="question-group">
          <legend>Your own questions</legend>
          {plan.own.map((q, i) => (
            <Checkbox key={q} id={`own-${i}`} checked onChange={() => toggle(q)}>
              {q}
            </Checkbox>
          ))}
        </fieldset>
      )}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          const text = own.trim();
          if (text && !ticked.has(text)) props.onPlan([...plan.picked, text]);
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
      <button type="button" class="btn" onClick={props.onMore} disabled={plan.exhausted}>
        {plan.exhausted ? 'No more ideas' : 'More ideas'}
      </button>
    </div>
  );
}
