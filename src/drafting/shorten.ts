// Length limits: LinkedIn's connection note holds 300 characters, and a cold email should
// stay under ~170 words to be read at all. When a draft is over, leave out the least
// essential parts one at a time (the greeting, the user's name and the ask always stay);
// only the note is finally cut at a word boundary, because LinkedIn would refuse it.

import { countGraphemes, truncateGraphemes } from '../lib/graphemes.ts';
import type { TemplateValue, TemplateVars } from './template-types.ts';

export const CONNECTION_NOTE_LIMIT = 300;
export const COLD_EMAIL_WORD_LIMIT = 170;

type Obj = { readonly [key: string]: TemplateValue };
type Reduction = (v: TemplateVars) => TemplateVars;

const setIn =
  (key: string, field: string, value: TemplateValue): Reduction =>
  (v) => ({ ...v, [key]: { ...(v[key] as Obj), [field]: value } });

const ENGLISH_SHORT_LEARN = 'about your path';

const noteSteps = (shortLearn: string): Reduction[] => [
  setIn('user', 'field', ''),
  (v) => ({ ...v, learn: shortLearn }),
  setIn('user', 'position', ''),
  // The specific thing about them is what makes a stranger accept; it goes late.
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

export function shortenNote<D extends { body: string }>(
  render: (v: TemplateVars) => D,
  vars: TemplateVars,
  limit = CONNECTION_NOTE_LIMIT,
  /** The shortest "what I'd love to learn", in the draft's language. */
  shortLearn = ENGLISH_SHORT_LEARN,
): D {
  const draft = shorten(render, vars, countGraphemes, limit, noteSteps(shortLearn));
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
