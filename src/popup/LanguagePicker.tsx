import { DRAFT_LANGUAGES, type DraftLanguage, isDraftLanguage, LANGUAGE_NAMES } from '../drafting/index.ts';

/** The message's language; says when it was taken from the person's own profile text. */
export function LanguagePicker(props: {
  value: DraftLanguage;
  fromProfile: boolean;
  onChange: (lang: DraftLanguage) => void;
}) {
  return (
    <div class="row language-choice">
      <label for="draft-language">Language</label>
      <select
        id="draft-language"
        value={props.value}
        aria-describedby="draft-language-why"
        onChange={(e) => {
          const lang = e.currentTarget.value;
          if (isDraftLanguage(lang)) props.onChange(lang);
        }}
      >
        {DRAFT_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      <span id="draft-language-why" class="small muted">
        {props.fromProfile ? 'the language of their profile' : ''}
      </span>
    </div>
  );
}
