// The sentences an email and a connection note use to show the user looked at the person's
// profile: one concrete thing about them (the move, the paper, the company they founded, the
// topic, the organisation), and what the user would like to learn from them. Built from the
// same facts as the questions, so they never claim anything the profile does not say.
//
// `learnPhrase` completes the template's lead-in, which differs per language:
//   en "I'd love to hear …", fr "J'aimerais beaucoup savoir …", de "Ich würde gern erfahren, …",
//   es "Me encantaría saber …". Its short fallback (for a note over the limit) is `learnFallback`.

import type { DraftLanguage } from '../domain/language.ts';
import { phrasesFor } from './phrases/index.ts';
import type { ProfileFacts } from './profile-facts.ts';
import { naturalEnglish } from './profile-text.ts';

/** One sentence naming a concrete fact, or '' when the profile gives nothing specific to mention. */
export function highlightSentence(f: ProfileFacts | null, lang: DraftLanguage = 'en'): string {
  if (!f) return '';
  const H = phrasesFor(lang).highlight;
  const cur = f.current;
  const now = cur ? H.roleAt(cur.title, cur.company) : '';
  const move = f.move && now ? H.roleAt(f.move.from.title, f.move.from.company) : '';
  if (f.move && f.move.kind !== 'organisation' && move) return H.move(move, now);
  if (f.topPaper) return H.paper(f.topPaper.title);
  if (f.founded?.current && f.founded.company) return H.founded(f.founded.company);
  const seat = f.sideRoles.find((x) => x.kind === 'board' && x.position.company);
  if (seat && now && cur?.title) return H.board(now, seat.position.company!);
  if (f.research?.interests.length) return H.research(f.research.interests[0]!, f.research.interests[1] ?? null);
  if (move) return H.move(move, now);
  const topic = f.headline.topics[0];
  if (topic) {
    const what = topic.interest ? topic.subject : topic.source;
    return H.topic(lang === 'en' ? naturalEnglish(what) : what);
  }
  if (f.focus) return H.focus(f.focus.phrase);
  if (f.doctorate?.degree && now)
    return H.doctorate([f.doctorate.degree, f.doctorate.field].filter(Boolean).join(', '), now);
  const side = f.sideRoles.find((x) => x.position.title && x.kind !== 'employee');
  if (side && now && cur?.title) return H.side(now, H.roleAt(side.position.title, side.position.company));
  if (f.countryChange) return H.country(f.countryChange.from, f.countryChange.to);
  if (f.tenure && cur?.company) return H.tenure(cur.company, f.tenure.years);
  if (cur?.title) return H.role(now);
  if (cur?.company) return H.org(cur.company);
  return '';
}

/** What the user would like to hear about, completing the template's lead-in (see above). */
export function learnPhrase(f: ProfileFacts | null, lang: DraftLanguage = 'en'): string {
  const L = phrasesFor(lang).learn;
  if (f?.current?.kind === 'founder' && f.founded?.current) return L.founded;
  if (f?.move) return L.move;
  if (f?.topPaper || f?.research || f?.current?.kind === 'academic') return L.research;
  if (f?.doctorate) return L.doctorate;
  if (f?.founded?.current) return L.founded;
  if (f?.current?.kind === 'student') return L.student;
  if (f?.current?.title || f?.current?.company) return L.role;
  return L.none;
}

/** The shortest "what I'd like to hear", for a connection note over LinkedIn's limit. */
export function learnFallback(lang: DraftLanguage = 'en'): string {
  return phrasesFor(lang).learn.short;
}
