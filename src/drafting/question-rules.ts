// Questions built from facts in the profile. Each rule returns nothing when its fact is
// missing, and each idea carries its basis: the profile text it rests on, shown to the user
// ("From the profile: …"). The wording comes from the phrase book of the chosen language;
// the basis is profile text and stays as written.

import type { DraftLanguage } from '../domain/language.ts';
import type { Settings } from '../domain/settings.ts';
import { datePhrase } from './dates.ts';
import { phrasesFor } from './phrases/index.ts';
import { type ProfileFacts, type Role, sameTitle } from './profile-facts.ts';
import { naturalEnglish } from './profile-text.ts';
import type { QuestionIdea, Theme } from './question-types.ts';

type Idea = Omit<QuestionIdea, 'mostImportant'>;
const q = (id: string, theme: Theme, text: string, basis: string | null): Idea => ({ id, theme, text, basis });
const basisOf = (...xs: (string | null | undefined)[]): string => xs.filter(Boolean).join(', ');
const years = (start: string | null, end: string | null): string =>
  [start, end]
    .map((d) => d?.slice(0, 4))
    .filter(Boolean)
    .join('–');

export function tailoredIdeas(f: ProfileFacts, s: Settings, lang: DraftLanguage = 'en'): Idea[] {
  const P = phrasesFor(lang);
  const Q = P.questions;
  const out: Idea[] = [];
  const cur: Role | null = f.current;
  const curBasis = cur ? basisOf(cur.title, cur.company) : '';
  const kind = cur?.kind ?? 'employee';
  const studying = kind === 'student';
  // English can say "generative AI"; elsewhere the headline's own words are kept and framed with a colon.
  const topicText = (t: string) => (lang === 'en' ? naturalEnglish(t) : t);

  // A company they founded, and roles alongside the main one: the most telling facts, so first.
  if (f.founded?.company) {
    const basis = basisOf(f.founded.title, f.founded.company);
    if (f.founded.current) {
      out.push(q('origin:founded', 'origin', Q.founded(f.founded.company), basis));
      out.push(q('organisation:founder-team', 'organisation', Q.founderTeam(f.founded.company), basis));
    } else out.push(q('training:founded-before', 'training', Q.foundedBefore(f.founded.company), basis));
  }
  // Roles alongside the main one: a board seat, an advisory role, volunteering are never "a side project".
  for (const side of f.sideRoles.slice(0, 2)) {
    const { title, company } = side.position;
    const basis = basisOf(title, company);
    if (!company && !title) continue;
    if (side.kind === 'board' && company)
      out.push(q(`work:side-board:${company}`, 'work', Q.sideBoard(company), basis));
    else if (side.kind === 'advisor' && company)
      out.push(q(`work:side-advisor:${company}`, 'work', Q.sideAdvisor(company), basis));
    else if (side.kind === 'volunteer' && company)
      out.push(q(`work:side-volunteer:${company}`, 'work', Q.sideVolunteer(company), basis));
    else if (side.kind === 'founder' && company && f.founded !== side.position)
      // Only a venture started after the main role was started "alongside" it.
      out.push(
        q(
          `origin:side-founder:${company}`,
          'origin',
          side.startedFirst ? Q.sideFounderFirst(company) : Q.sideFounder(company),
          basis,
        ),
      );
    else if (side.kind !== 'founder') {
      out.push(q('work:side', 'work', Q.sideOther(title, company), basis));
      out.push(q('origin:side', 'origin', Q.sideOrigin(title, company), basis));
    }
  }

  // Career shape: the move into the current role.
  if (f.move && cur) {
    const from = f.move.from;
    const basis = `${basisOf(from.title, from.company)} → ${curBasis}`;
    // The same job at another organisation is a move between organisations, asked as one.
    const text =
      f.move.kind === 'organisation' && sameTitle(from.title, cur.title) && from.company && cur.company
        ? Q.orgMove(from.company, cur.company)
        : Q.move(from.title, from.company, cur.title, cur.company);
    out.push(q('origin:move', 'origin', text, basis));
    if (f.move.kind === 'sector')
      out.push(
        f.move.toIndustry
          ? q('work:after-academia', 'work', Q.afterAcademia(), basis)
          : q('work:after-industry', 'work', Q.afterIndustry(), basis),
      );
    if (cur.title && f.move.kind !== 'organisation')
      out.push(q('training:carry-over', 'training', Q.carryOver(from.title, from.company, cur.title), basis));
    if (f.move.kind !== 'organisation') out.push(q('advice:similar-move', 'advice', Q.similarMove(), basis));
  }
  if (f.returned && cur?.company) {
    const e = f.returned.earlier;
    const basis = `${basisOf(e.title, e.company)} (${years(e.start, e.end)}) → ${curBasis}`;
    out.push(q('origin:returned', 'origin', Q.returned(cur.company), basis));
  }
  if (f.backAndForth?.via.company) {
    const via = f.backAndForth.via;
    out.push(
      q(
        'origin:back-and-forth',
        'origin',
        Q.backTo(f.backAndForth.sector, via.company!),
        `${basisOf(via.title, via.company)} (${years(via.start, via.end)}) → ${curBasis}`,
      ),
    );
  }
  if (f.firstJob?.studies.school && !f.move) {
    const { studies, job } = f.firstJob;
    out.push(
      q(
        'origin:first-job',
        'origin',
        Q.firstJob(studies.school!, job.company, job.title),
        `${basisOf(studies.school, studies.degree)} (${years(studies.start, studies.end)}) → ${basisOf(job.title, job.company)}`,
      ),
    );
  }
  if (f.countryChange)
    out.push(
      q(
        'origin:country',
        'origin',
        Q.country(f.countryChange.from, f.countryChange.to),
        `${f.countryChange.fromPlace} → ${f.countryChange.toPlace}`,
      ),
    );
  if (f.tenure && cur?.company && kind !== 'founder') {
    const basis = `${cur.company} since ${datePhrase(f.tenure.since)}`;
    out.push(q('origin:tenure', 'origin', Q.tenure(cur.company, f.tenure.years), basis));
    out.push(q('organisation:tenure', 'organisation', Q.tenureChange(cur.company), basis));
  }
  if (f.shortStints.length >= 3) {
    const stints = f.shortStints.slice(0, 3);
    const orgs = stints.map((x) => x.company).filter((x): x is string => !!x);
    if (orgs.length === 3)
      out.push(
        q(
          'origin:short-stints',
          'origin',
          Q.shortStints(orgs),
          stints.map((x) => `${x.company} (${years(x.start, x.end)})`).join(', '),
        ),
      );
  }
  if (f.returnToStudy) {
    const e = f.returnToStudy;
    const what = [e.degree, e.field].filter(Boolean).join(', ');
    if (what)
      out.push(
        q(
          'training:return-to-study',
          'training',
          Q.returnToStudy(what, e.school),
          `${basisOf(e.degree, e.field, e.school)} (${years(e.start, e.end)})`,
        ),
      );
  }

  // What they do now, phrased for the kind of role it is.
  if (studying) out.push(q('work:student', 'work', Q.student(cur?.company ?? null), curBasis));
  if (studying && cur?.company)
    out.push(q('organisation:student-place', 'organisation', Q.studentPlace(cur.company), curBasis));
  if (kind === 'intern') out.push(q('work:intern', 'work', Q.intern(cur?.company ?? null), curBasis));
  if (kind === 'academic') {
    const t = cur?.title ?? '';
    if (/post-?doc/i.test(t)) out.push(q('work:postdoc', 'work', Q.postdoc(), curBasis));
    else if (/professor|principal investigator|group leader|professeur|profesor|教授/i.test(t))
      out.push(q('work:research-group', 'work', Q.professor(), curBasis));
    else out.push(q('work:research-now', 'work', Q.researchNow(), curBasis));
    out.push(q('work:academic-week', 'work', Q.academicWeek(), curBasis));
  }
  if (kind === 'freelancer') out.push(q('work:freelancer', 'work', Q.freelancer(), curBasis));
  if (kind === 'recruiter') out.push(q('work:recruiter', 'work', Q.recruiter(cur?.company ?? null), curBasis));

  // Headline topics and the About's stated focus: asked as a curious newcomer would.
  const topic = f.headline.topics[0];
  if (topic) {
    const text = topic.interest
      ? Q.topicInterest(topicText(topic.subject))
      : topic.domain
        ? Q.topicApplied(topicText(topic.subject), topicText(topic.domain))
        : // "Building calm teams" is something they do, not a field that changes.
          /^\p{L}+ing\b/u.test(topic.subject)
          ? Q.topicActivity(topicText(topic.subject))
          : Q.topic(topicText(topic.subject));
    out.push(
      q(topic.interest ? 'origin:topic' : 'future:topic', topic.interest ? 'origin' : 'future', text, topic.source),
    );
  }
  if (f.focus) out.push(q('work:focus', 'work', Q.focus(f.focus.phrase), f.focus.source));

  // Research: Scholar interests, ResearchGate topics, the most-cited paper.
  if (f.research) {
    const [a, b] = f.research.interests;
    out.push(
      f.research.site === 'scholar'
        ? q('work:interests', 'work', Q.interests(a!, b ?? null), f.research.interests.slice(0, 3).join(', '))
        : q('origin:topics', 'origin', Q.topics(a!, b ?? null), f.research.interests.slice(0, 3).join(', ')),
    );
  }
  if (f.topPaper) {
    const p = f.topPaper;
    const cited = p.citations === null ? null : `${p.citations} ${p.citations === 1 ? 'citation' : 'citations'}`;
    const basis = [p.title, p.year, cited].filter(Boolean).join(', ');
    out.push(q('origin:paper', 'origin', Q.paper(p.title), basis));
    out.push(q('future:paper', 'future', Q.paperSince(p.title), basis));
  }

  // Education → role, and skills.
  if (f.studyChange?.field && cur?.title && !studying)
    out.push(
      q(
        'origin:study-change',
        'origin',
        Q.studyChange(f.studyChange.field, cur.title),
        basisOf(f.studyChange.field, f.studyChange.school),
      ),
    );
  const edu = f.doctorate ?? f.degree;
  if (edu?.degree && !studying && edu !== f.returnToStudy) {
    const what = edu.field ? `${edu.degree}, ${edu.field}` : edu.degree;
    const basis = basisOf(edu.degree, edu.field, edu.school);
    out.push(
      f.doctorate
        ? q('training:doctorate', 'training', Q.doctorate(what, cur?.company ?? null), basis)
        : q('training:degree', 'training', Q.degree(what), basis),
    );
    if (f.doctorate) out.push(q('advice:doctorate', 'advice', Q.adviceDoctorate(s.user.field.trim() || null), basis));
  }
  if (f.standoutSkill && cur?.title)
    out.push(q('training:standout-skill', 'training', Q.standoutSkill(f.standoutSkill, cur.title), f.standoutSkill));
  const skills = f.skills.filter((x) => x !== f.standoutSkill);
  const [first] = skills;
  // "Databases or Relational Databases?" is no choice: the second skill must not contain the first, or vice versa.
  const second = first && skills.slice(1).find((x) => !overlaps(x, first));
  if (first && second) out.push(q('training:skills', 'training', Q.skills(first, second), `${first}, ${second}`));

  // The organisation and the week.
  if (f.recentStart && cur) {
    const basis = `${curBasis} since ${datePhrase(f.recentStart)}`;
    out.push(q('organisation:recent', 'organisation', Q.recent(cur.company, f.recentStart), basis));
    out.push(q('work:recent', 'work', Q.recentSurprise(), basis));
  }
  if (cur?.company && !studying && kind !== 'freelancer') {
    out.push(q('organisation:culture', 'organisation', Q.culture(cur.company), curBasis));
    out.push(q('future:org', 'future', Q.orgFuture(cur.company), curBasis));
    if (!f.recentStart && kind !== 'founder')
      out.push(q('organisation:hindsight', 'organisation', Q.hindsight(cur.company), curBasis));
  }
  if (cur?.title && !studying && kind !== 'academic') out.push(q('work:week', 'work', Q.week(cur.title), curBasis));
  return out;
}

/** Questions that are only worth asking because the profile does not answer them. */
export function gapIdeas(f: ProfileFacts | null, lang: DraftLanguage = 'en'): Idea[] {
  const G = phrasesFor(lang).general;
  const out: Idea[] = [];
  const gap = (id: keyof typeof G & `${Theme}:${string}`, theme: Theme) =>
    out.push(q(id, theme, G[id] as string, null));
  if (!f?.educationKnown) gap('training:background', 'training');
  if (!f?.current?.title) gap('work:role', 'work');
  if (!f?.current?.company) gap('organisation:kind', 'organisation');
  if (!f || (f.skills.length < 2 && !f.research)) gap('training:key-skills', 'training');
  return out;
}

/** One skill's name inside the other's ("Databases" / "Relational Databases"). */
function overlaps(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}
