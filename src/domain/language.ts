// The languages Coffee Chat drafts in: question ideas, the email, the connection note, the intro
// request, the thank-you and the follow-up each exist in all of them.

export const DRAFT_LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];

export const isDraftLanguage = (v: unknown): v is DraftLanguage =>
  typeof v === 'string' && (DRAFT_LANGUAGES as readonly string[]).includes(v);
