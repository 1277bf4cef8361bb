// The sentences an email uses to show the user looked at the person's profile: one specific
// thing about them, and what the user would like to learn from them. Built from the same
// facts as the questions, so they never claim anything the profile does not say.

import type { ProfileFacts } from './profile-facts.ts';

const roleAt = (title: string | null, company: string | null): string | null =>
  title && company ? `${title} at ${company}` : title ? title : company ? `your work at ${company}` : null;

/** One sentence, or '' when the profile gives nothing specific to mention. */
export function highlightSentence(f: ProfileFacts | null): string {
  if (!f) return '';
  const cur = f.current;
  const now = cur ? roleAt(cur.title, cur.company) : null;
  if (f.move && now) {
    const from = roleAt(f.move.from.title, f.move.from.company);
    if (from) return `I was interested to see your move from ${from} to ${now}.`;
  }
  if (f.doctorate?.degree && now) {
    return `I noticed you went from a doctorate (${[f.doctorate.degree, f.doctorate.field].filter(Boolean).join(', ')}) to ${now}.`;
  }
  if (f.sideProject && now) {
    const side = roleAt(f.sideProject.title, f.sideProject.company);
    const mine = now.startsWith('your') ? 'Y' + now.slice(1) : `Your work as ${now}`;
    return `${mine} caught my eye, and so did ${side?.startsWith('your') ? side : `your role as ${side}`} alongside it.`;
  }
  if (f.tenure && cur?.company) return `I noticed you have been at ${cur.company} for ${f.tenure.years} years.`;
  if (now) return `${now.startsWith('your') ? 'Y' + now.slice(1) : `Your work as ${now}`} caught my eye.`;
  return '';
}

/** Completes "I'd love to hear …". */
export function learnPhrase(f: ProfileFacts | null): string {
  if (f?.move) return 'how you made the move into your current work, and what helped most';
  if (f?.doctorate) return 'how your doctoral training carries over into your work today';
  if (f?.current?.title || f?.current?.company) return 'what your work involves day to day and how you got there';
  return 'how you found your way into your field';
}
