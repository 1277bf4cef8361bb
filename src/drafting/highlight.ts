// The sentences an email and a connection note use to show the user looked at the person's
// profile: one concrete thing about them (the move, the paper, the company they founded, the
// topic, the organisation), and what the user would like to learn from them. Built from the
// same facts as the questions, so they never claim anything the profile does not say.
//
// `learnPhrase` completes the template's lead-in, which differs per language:
//   en "I'd love to hear …", fr "J'aimerais beaucoup savoir …", de "Ich würde gern erfahren, …",
//   es "Me encantaría saber …". Its short fallback (for a note over the limit) is `learnFallback`.

import type { DraftLanguage } from '../domain/language.ts';
import type { Position } from '../domain/profile.ts';
import { phrasesFor } from './phrases/index.ts';
import { type ProfileFacts, sameTitle } from './profile-facts.ts';
import { naturalEnglish } from './profile-text.ts';

/**
 * The one concrete thing the email mentions. The interest sentence and the learn phrase are both
 * rendered from it, so the second sentence never asks about something the first did not bring up.
 */
type Hook =
  | { kind: 'move'; from: string; now: string; to: string | null }
  | { kind: 'org-move'; from: string; to: string }
  | { kind: 'paper'; title: string }
  | { kind: 'founded'; company: string }
  | { kind: 'board'; now: string; company: string }
  | { kind: 'research'; a: string; b: string | null }
  | { kind: 'topic'; what: string }
  | { kind: 'focus'; phrase: string }
  | { kind: 'doctorate'; what: string; now: string }
  | { kind: 'side'; now: string; side: Position }
  | { kind: 'country'; from: string; to: string }
  | { kind: 'tenure'; company: string; years: number }
  | { kind: 'role'; now: string }
  | { kind: 'org'; company: string };

function chooseHook(f: ProfileFacts, lang: DraftLanguage): Hook | null {
  const H = phrasesFor(lang).highlight;
  const cur = f.current;
  const now = cur ? H.roleAt(cur.title, cur.company) : '';
  const move = f.move && now ? H.roleAt(f.move.from.title, f.move.from.company) : '';
  if (f.move && f.move.kind !== 'organisation' && move) return { kind: 'move', from: move, now, to: null };
  if (f.topPaper) return { kind: 'paper', title: f.topPaper.title };
  if (f.founded?.current && f.founded.company) return { kind: 'founded', company: f.founded.company };
  const seat = f.sideRoles.find((x) => x.kind === 'board' && x.position.company);
  if (seat && now && cur?.title) return { kind: 'board', now, company: seat.position.company! };
  if (f.research?.interests.length)
    return { kind: 'research', a: f.research.interests[0]!, b: f.research.interests[1] ?? null };
  if (f.move && move) {
    // The same job at another organisation: the organisations are the news, not the repeated title.
    const from = f.move.from;
    if (sameTitle(from.title, cur?.title ?? null) && from.company && cur?.company)
      return { kind: 'org-move', from: from.company, to: cur.company };
    return { kind: 'move', from: move, now, to: cur?.company ?? null };
  }
  const topic = f.headline.topics[0];
  if (topic) {
    const what = topic.interest ? topic.subject : topic.source;
    return { kind: 'topic', what: lang === 'en' ? naturalEnglish(what) : what };
  }
  if (f.focus) return { kind: 'focus', phrase: f.focus.phrase };
  if (f.doctorate?.degree && now)
    return { kind: 'doctorate', what: [f.doctorate.degree, f.doctorate.field].filter(Boolean).join(', '), now };
  const side = f.sideRoles.find((x) => x.position.title && x.kind !== 'employee');
  if (side && now && cur?.title) return { kind: 'side', now, side: side.position };
  if (f.countryChange) return { kind: 'country', from: f.countryChange.from, to: f.countryChange.to };
  if (f.tenure && cur?.company) return { kind: 'tenure', company: cur.company, years: f.tenure.years };
  if (cur?.title) return { kind: 'role', now };
  if (cur?.company) return { kind: 'org', company: cur.company };
  return null;
}

/** One sentence naming a concrete fact, or '' when the profile gives nothing specific to mention. */
export function highlightSentence(f: ProfileFacts | null, lang: DraftLanguage = 'en'): string {
  const hook = f && chooseHook(f, lang);
  if (!hook) return '';
  const H = phrasesFor(lang).highlight;
  switch (hook.kind) {
    case 'move':
      return H.move(hook.from, hook.now);
    case 'org-move':
      return H.orgMove(hook.from, hook.to);
    case 'paper':
      return H.paper(hook.title);
    case 'founded':
      return H.founded(hook.company);
    case 'board':
      return H.board(hook.now, hook.company);
    case 'research':
      return H.research(hook.a, hook.b);
    case 'topic':
      return H.topic(hook.what);
    case 'focus':
      return H.focus(hook.phrase);
    case 'doctorate':
      return H.doctorate(hook.what, hook.now);
    case 'side':
      return H.side(hook.now, H.roleAt(hook.side.title, hook.side.company));
    case 'country':
      return H.country(hook.from, hook.to);
    case 'tenure':
      return H.tenure(hook.company, hook.years);
    case 'role':
      return H.role(hook.now);
    case 'org':
      return H.org(hook.company);
  }
}

/** What the user would like to hear about, completing the template's lead-in (see above): it follows the hook. */
export function learnPhrase(f: ProfileFacts | null, lang: DraftLanguage = 'en'): string {
  const L = phrasesFor(lang).learn;
  const hook = f && chooseHook(f, lang);
  switch (hook?.kind) {
    case 'move':
      // A move between organisations in the same line of work is not a change of course.
      return hook.to ? L.orgMove(hook.to) : L.move;
    case 'org-move':
      return L.orgMove(hook.to);
    case 'paper':
    case 'research':
      return L.research;
    case 'founded':
      return L.founded;
    case 'doctorate':
      return L.doctorate;
  }
  // A hook about their work in general: what suits the kind of role they are in.
  if (f?.current?.kind === 'founder' && f.founded?.current) return L.founded;
  if (f?.current?.kind === 'academic') return L.research;
  if (f?.doctorate) return L.doctorate;
  if (f?.current?.kind === 'student') return L.student;
  if (f?.current?.title || f?.current?.company) return L.role;
  return L.none;
}

/** The shortest "what I'd like to hear", for a connection note over LinkedIn's limit. */
export function learnFallback(lang: DraftLanguage = 'en'): string {
  return phrasesFor(lang).learn.short;
}
