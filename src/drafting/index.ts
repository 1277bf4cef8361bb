// The drafting API the popup, dashboard, meeting view and options page use.

export {
  questionIdeas,
  profileIsThin,
  themeOrder,
  userIdea,
  THEMES,
  THEME_LABELS,
  type QuestionIdea,
  type QuestionOptions,
  type Theme,
} from './questions.ts';
export {
  COLD_EMAIL_WORD_LIMIT,
  CONNECTION_NOTE_LIMIT,
  countCharacters,
  countWords,
  draftMessage,
  renderDraft,
  resolveTemplate,
  type Draft,
  type DraftContext,
} from './messages.ts';
export { draftVars, MISSING_NAME } from './context.ts';
export { DEFAULT_TEMPLATES, DEFAULT_TEMPLATES_IN } from './defaults.ts';
export { DRAFT_LANGUAGES, type DraftLanguage, isDraftLanguage } from '../domain/language.ts';
export { LANGUAGE_NAMES } from './language-names.ts';
export { detectDraftLanguage, guessLanguage, guessProfileLanguage, profileText } from './detect-language.ts';
export {
  parseTemplate,
  renderTemplate,
  type ParseResult,
  type Template,
  type TemplateError,
  type TemplateVars,
} from './template.ts';
export { DRAFT_SCHEMA, type TemplateSchema } from './template-schema.ts';
export { slotToIcs } from './ics.ts';
export { MIN_LEAD_MS, nextSlots, slotLabel, type Busy, type Slot } from './slots.ts';
export {
  clipboardText,
  gmailComposeLink,
  mailtoFits,
  mailtoLink,
  MAILTO_MAX_LENGTH,
  outlookComposeLink,
  type OutgoingDraft,
} from './delivery.ts';
export {
  SAMPLE_CAREER_CHANGER,
  SAMPLE_PHD_IN_INDUSTRY,
  SAMPLE_PROFILES,
  SAMPLE_SETTINGS,
  SAMPLE_SPARSE,
  SAMPLE_USER_IN,
} from './samples.ts';
