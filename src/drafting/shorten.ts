// Length limits: LinkedIn's connection note holds 200 characters on a free account (300 with
// Premium), and a cold email should stay under ~170 words to be read at all. When a draft is
// over, leave out the least essential parts one at a time (the greeting, the user's name and
// the ask always stay); the note's one specific thing about the person is first told more
// briefly and only then left out. Only the note is finally cut at a word boundary, because
// LinkedIn would refuse it.

import { countGraphemes, truncateGraphemes } from '../lib/graphemes.ts';
import type { TemplateValue, TemplateVars } from './template-types.ts';

/** A free account's limit, what most students have; Premium allows CONNECTION_NOTE_LIMIT_PREMIUM. */
export const CONNECTION_NOTE_LIMIT = 200;
export const CONNECTION_NOTE_LIMIT_PREMIUM = 300;
export const COLD_EMAIL_WORD_LIMIT = 170;

type Obj = { readonly [key: string]: TemplateValue };
type Reduction = (v: TemplateVars) => TemplateVars;

const setIn =
  (key: string, field: string, value: TemplateValue): Reduction =>
  (v) => ({ ...v, [key]: { ...(v[key] as Obj), [field]: value } });

const ENGLISH_SHORT_LEARN = 'about your path';

const firstNameOnly: Reduction = (v) => {
  const user = v.user as Obj;
  return typeof user.firstName === 'string' && user.firstName ? setIn('user', 'name', user.firstName)(v) : v;
};

const noteSteps = (shortLearn: string, shorterHooks: readonly string[], dropLearn: boolean): Reduction[] => [
  setIn('user', 'field', ''),
  (v) => ({ ...v, learn: shortLearn }),
  setIn('user', 'position', ''),
  // LinkedIn shows the sender's full name beside the note, so the first name says enough.
  firstNameOnly,
  // "I'd love to hear about your path" could be sent to anyone: it goes before the specific part shrinks.
  ...(dropLearn ? [(v: TemplateVars) => ({ ...v, learn: '' })] : []),
  // The specific thing about them is what makes a stranger accept: told more briefly
  // (their role and organisation, then less) before it goes, late.
  ...shorterHooks.map((hook) => setIn('contact', 'highlight', hook)),
  setIn('contact', 'highlight', ''),
  (v) => ({ ...v, introducer: null }),
];

const emailSteps = (shortLearn: string): Reduction[] => [
  setIn('user', 'pitch', ''),
  setIn('user', 'field', ''),
  (v) => ({ ...v, learn: shortLearn }),
];

/** Words as a reader sees them; CJK text without spaces counts each character as a word. */
export function countWords(text: string): number {
  const segments = new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text);
  let n = 0;
  for (const s of segments) if (s.isWordLike) n++;
  return n;
}

function shorten<D extends { body: string }>(
  render: (v: TemplateVars) => D,
  vars: TemplateVars,
  size: (body: string) => number,
  limit: number,
  steps: Reduction[],
): D {
  let v = vars;
  let draft = render(v);
  for (const step of steps) {
    if (size(draft.body) <= limit) return draft;
    v = step(v);
    draft = render(v);
  }
  return draft;
}

export interface NoteOptions {
  /** Characters allowed; a free account's limit when absent. */
  limit?: number;
  /** The shortest "what I'd love to learn", in the draft's language. */
  shortLearn?: string;
  /** Briefer ways to say the specific thing about the person, longest first, each shorter than the last. */
  shorterHooks?: readonly string[];
  /** The template leaves out its "what I'd love to learn" sentence when `learn` is empty (the defaults do). */
  dropLearn?: boolean;
}

export function shortenNote<D extends { body: string }>(
  render: (v: TemplateVars) => D,
  vars: TemplateVars,
  {
    limit = CONNECTION_NOTE_LIMIT,
    shortLearn = ENGLISH_SHORT_LEARN,
    shorterHooks = [],
    dropLearn = false,
  }: NoteOptions = {},
): D {
  const draft = shorten(render, vars, countGraphemes, limit, noteSteps(shortLearn, shorterHooks, dropLearn));
  return countGraphemes(draft.body) <= limit ? draft : { ...draft, body: truncateGraphemes(draft.body, limit) };
}

export function shortenEmail<D extends { body: string }>(
  render: (v: TemplateVars) => D,
  vars: TemplateVars,
  limit = COLD_EMAIL_WORD_LIMIT,
  shortLearn = ENGLISH_SHORT_LEARN,
): D {
  return shorten(render, vars, countWords, limit, emailSteps(shortLearn));
}
