// The message language to use when a person's profile does not tell, and how times are shown.
import { CLOCK_CHOICES, type ClockChoice, type Settings } from '../domain/settings.ts';
import { DRAFT_LANGUAGES, isDraftLanguage, LANGUAGE_NAMES } from '../drafting/index.ts';
import { formatClockTime } from '../lib/date-format.ts';
import { rememberClock, userLocale } from '../lib/date-style.ts';

interface Props {
  settings: Settings;
  edit(change: (s: Settings) => Settings): void;
}

const CLOCK_LABELS: Record<ClockChoice, string> = { auto: 'As my browser does', '12h': '12-hour', '24h': '24-hour' };

export function LanguageAndTime({ settings, edit }: Props) {
  const example = (clock: ClockChoice) => formatClockTime('14:30', { locale: userLocale(), clock });
  return (
    <div class="stack">
      <div class="field">
        <label for="draft-language-default">Write messages in</label>
        <select
          id="draft-language-default"
          value={settings.draftLanguage}
          aria-describedby="draft-language-default-help"
          onChange={(e) => {
            const lang = e.currentTarget.value;
            if (isDraftLanguage(lang)) edit((s) => ({ ...s, draftLanguage: lang }));
          }}
        >
          {DRAFT_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        <p id="draft-language-default-help" class="small muted">
          A message is drafted in the language of the person’s own profile when it is one of these four; otherwise in
          this one. You can change it for each message in the popup.
        </p>
      </div>
      <fieldset class="plain">
        <legend>Show times</legend>
        {CLOCK_CHOICES.map((c) => (
          <div class="check" key={c}>
            <input
              id={`clock-${c}`}
              type="radio"
              name="clock"
              value={c}
              checked={settings.clock === c}
              onChange={() => {
                rememberClock(c); // the time lists on this page follow at once, before the save
                edit((s) => ({ ...s, clock: c }));
              }}
            />
            <label for={`clock-${c}`}>
              {CLOCK_LABELS[c]} <span class="muted">({example(c)})</span>
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
