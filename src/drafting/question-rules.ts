// Questions built from facts in the profile. Each rule returns nothing when its fact is
// missing. Names, titles and organisations are inserted exactly as written and only in
// positions that need no grammar ("at X", "as X", after a colon): no possessive "'s", no
// article before them, so "株式会社サンプル" or "Université Laval" read as well as "Acme".

import type { Settings } from '../domain/settings.ts';
import type { ProfileFacts, Role } from './profile-facts.ts';
import type { QuestionIdea, Theme } from './question-types.ts';
import { datePhrase } from './dates.ts';

type Idea = Omit<QuestionIdea, 'mostImportant'>;
const q = (id: string, theme: Theme, text: string, basis: string | null): Idea => ({ id, theme, text, basis });

const at = (title: string | null, company: string | null): string =>
  title && company ? `${title} at ${company}` : (title ?? (company ? `your role at ${company}` : 'your current role'));
const basisOf = (title: string | null, company: string | null): string => [title, company].filter(Boolean).join(', ');
const joinList = (xs: string[]): string => xs.join(', ');

export function tailoredIdeas(f: ProfileFacts, s: Settings): Idea[] {
  const out: Idea[] = [];
  const cur: Role | null = f.current;
  const curBasis = cur ? basisOf(cur.title, cur.company) : '';

  if (f.move && cur) {
    const from = f.move.from;
    const basis = `${basisOf(from.title, from.company)} → ${curBasis}`;
    const fromText = from.title ? `your time as ${from.title}` : `your time at ${from.company}`;
    out.push(
      q(
        'origin:move',
        'origin',
        `What led you from ${at(from.title, from.company).replace(/^your role/, 'your time')} to ${at(cur.title, cur.company)}?`,
        basis,
      ),
    );
    if (f.move.kind === 'sector') {
      out.push(
        f.move.toIndustry
          ? q('work:after-academia', 'work', 'What surprised you most about working in industry after academia?', basis)
          : q(
              'work:after-industry',
              'work',
              'What do you find different about academic work after your time in industry?',
              basis,
            ),
      );
    }
    if (cur.title)
      out.push(
        q(
          'training:carry-over',
          'training',
          `Which skills from ${fromText} still help you in your work as ${cur.title}?`,
          basis,
        ),
      );
    out.push(q('advice:similar-move', 'advice', 'What would you tell someone hoping to make a similar move?', basis));
  }
  if (f.studyChange?.field && cur?.title) {
    out.push(
      q(
        'origin:study-change',
        'origin',
        `How did you get from studying ${f.studyChange.field} to your work as ${cur.title}?`,
        basisOf(f.studyChange.field, f.studyChange.school),
      ),
    );
  }
  const edu = f.doctorate ?? f.degree;
  if (edu?.degree) {
    const what = edu.field ? `${edu.degree} (${edu.field})` : edu.degree;
    const basis = basisOf(edu.degree, edu.field) + (edu.school ? `, ${edu.school}` : '');
    out.push(
      f.doctorate
        ? q(
            'training:doctorate',
            'training',
            `How much does your doctorate — ${what} — shape your day-to-day work${cur?.company ? ` at ${cur.company}` : ''}?`,
            basis,
          )
        : q('training:degree', 'training', `How useful has your degree — ${what} — been in your work?`, basis),
    );
    if (f.doctorate)
      out.push(
        q(
          'advice:doctorate',
          'advice',
          `Would you recommend a doctorate to someone heading into ${s.user.field.trim() || 'your field'}?`,
          basis,
        ),
      );
  }
  if (f.skills.length >= 2) {
    out.push(
      q(
        'training:skills',
        'training',
        `Of the skills on your profile (${joinList(f.skills.slice(0, 3))}), which do you rely on most, and which did you have to learn on the job?`,
        joinList(f.skills.slice(0, 3)),
      ),
    );
  }
  if (f.tenure && cur?.company) {
    const since = datePhrase(f.tenure.since);
    const basis = `${cur.company} since ${since}`;
    out.push(
      q('origin:tenure', 'origin', `You have been at ${cur.company} since ${since}: what has kept you there?`, basis),
    );
    out.push(q('organisation:tenure', 'organisation', `How has ${cur.company} changed since you joined?`, basis));
  }
  if (f.recentStart && cur) {
    const basis = `${curBasis} since ${datePhrase(f.recentStart)}`;
    out.push(
      q(
        'organisation:recent',
        'organisation',
        `What drew you to ${cur.company ?? 'your current role'} when you made the move in ${datePhrase(f.recentStart)}?`,
        basis,
      ),
    );
    out.push(q('work:recent', 'work', 'What has surprised you since you started in your current role?', basis));
  }
  if (cur?.company) {
    out.push(
      q(
        'organisation:culture',
        'organisation',
        `What is the culture like at ${cur.company}, and how are teams organised?`,
        curBasis,
      ),
    );
    out.push(q('future:org', 'future', `Where do you see ${cur.company} heading over the next few years?`, curBasis));
    if (!f.recentStart)
      out.push(
        q(
          'organisation:hindsight',
          'organisation',
          `What do you wish you had known before joining ${cur.company}?`,
          curBasis,
        ),
      );
  }
  if (cur?.title)
    out.push(q('work:week', 'work', `What does a typical week look like in your work as ${cur.title}?`, curBasis));
  const side = f.sideProject;
  if (side && (side.title || side.company)) {
    const basis = basisOf(side.title, side.company);
    const what = side.title
      ? `your role as ${side.title}${side.company ? ` (${side.company})` : ''}`
      : `your work with ${side.company}`;
    out.push(q('work:side', 'work', `How do you fit ${what} alongside your main job?`, basis));
    out.push(
      q('origin:side', 'origin', 'What got you started on that side project, and what has it taught you?', basis),
    );
  }
  return out;
}

/** Questions that are only worth asking because the profile does not answer them. */
export function gapIdeas(f: ProfileFacts | null): Idea[] {
  const out: Idea[] = [];
  if (!f?.educationKnown)
    out.push(q('training:background', 'training', 'What training or education prepared you for your role?', null));
  if (!f?.current?.title) out.push(q('work:role', 'work', 'What does your work involve day to day?', null));
  if (!f?.current?.company)
    out.push(
      q('organisation:kind', 'organisation', 'What kind of organisation do you work in, and how is it set up?', null),
    );
  if (!f || f.skills.length < 2)
    out.push(q('training:key-skills', 'training', 'Which skills matter most in your work?', null));
  return out;
}
