// The drafting API the popup, dashboard, meeting view and options page use.

export { DRAFT_LANGUAGES, type DraftLanguage, isDraftLanguage } from '../domain/language.ts';
export { draftVars, MISSING_NAME } from './context.ts';
export { DEFAULT_TEMPLATES, DEFAULT_TEMPLATES_IN } from './defaults.ts';
export {
  clipboardText,
  gmailComposeLink,
  MAILTO_MAX_LENGTH,
  mailtoFits,
  mailtoLink,
  type OutgoingDraft,
  outlookComposeLink,
} from './delivery.ts';
export { detectDraftLanguage, guessLanguage, guessProfileLanguage, profileText } from './detect-language.ts';
export { slotToIcs } from './ics.ts';
export { LANGUAGE_NAMES } from './language-names.ts';
export {
  COLD_EMAIL_WORD_LIMIT,
  CONNECTION_NOTE_LIMIT,
  CONNECTION_NOTE_LIMIT_PREMIUM,
  connectionNoteLimit,
  countCharacters,
  countWords,
  type Draft,
  type DraftContext,
  draftMessage,
  renderDraft,
  resolveTemplate,
} from './messages.ts';
export {
  profileIsThin,
  type QuestionIdea,
  type QuestionOptions,
  questionIdeas,
  THEME_LABELS,
  THEMES,
  type Theme,
  themeOrder,
  userIdea,
} from './questions.ts';
export {
  SAMPLE_CAREER_CHANGER,
  SAMPLE_PHD_IN_INDUSTRY,
  SAMPLE_PROFILES,
  SAMPLE_SETTINGS,
  SAMPLE_SPARSE,
  SAMPLE_USER_IN,
} from './samples.ts';
export { type Busy, MIN_LEAD_MS, nextSlots, type Slot, slotLabel } from './slots.ts';
export {
  type ParseResult,
  parseTemplate,
  renderTemplate,
  type Template,
  type TemplateError,
  type TemplateVars,
} from './template.ts';
export { DRAFT_SCHEMA, type TemplateSchema } from './template-schema.ts';
