// The names a template may use. The parser checks every placeholder against this so the
// options page can underline a typo ("contact.fristName") instead of silently printing nothing.

/** 'text' prints; 'flag' and 'object' only test in {{#if}}; a list is walked with {{#each}}. */
export type VarKind = 'text' | 'flag' | 'object' | { list: Record<string, 'text' | 'flag'> };

export type TemplateSchema = Record<string, VarKind>;

export const DRAFT_SCHEMA: TemplateSchema = {
  'user.name': 'text',
  'user.firstName': 'text',
  'user.email': 'text',
  'user.position': 'text',
  'user.field': 'text',
  'user.background': 'text',
  'user.goals': 'text',
  'user.pitch': 'text',
  'user.signature': 'text',
  contact: 'object',
  'contact.name': 'text',
  'contact.firstName': 'text',
  'contact.company': 'text',
  'contact.title': 'text',
  /** One sentence about something specific in their profile. */
  'contact.highlight': 'text',
  introducer: 'object',
  'introducer.name': 'text',
  'introducer.relation': 'text',
  'meeting.minutes': 'text',
  /** "yesterday", "on Tuesday", "in March": when the user met the contact. */
  'meeting.when': 'text',
  /** What the user would like to learn from this person, as "how you …" / "what …". */
  learn: 'text',
  slots: { list: { label: 'text' } },
  takeaway: 'text',
  /** Everyone the contact suggested, for the thank-you. */
  suggested: { list: { name: 'text' } },
  /** Suggested people the user has met since, and what came of it. */
  met: { list: { name: 'text', outcome: 'text' } },
  notMet: { list: { name: 'text' } },
  news: 'text',
  target: 'object',
  'target.company': 'text',
  'target.person': 'text',
};

/** Inside {{#each}}, `loop.first`, `loop.last` and `loop.index` (from 1) describe the position. */
export const LOOP_VARS: Record<string, 'text' | 'flag'> = {
  'loop.first': 'flag',
  'loop.last': 'flag',
  'loop.index': 'text',
};
