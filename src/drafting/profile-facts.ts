// Facts read off a captured profile, each one kept with the profile text it rests on, so a
// question or a sentence in an email can only mention what the profile actually says.

import {
  ALONGSIDE_KINDS,
  functionOf,
  hasEastAsianScript,
  isDoctorate,
  looksLikeSideProject,
  type RoleKind,
  roleKind,
  type Sector,
  sectorOf,
  words,
} from '../domain/classify.ts';
import type { CapturedProfile, Education, Position, Publication } from '../domain/profile.ts';
import { monthIndex, monthIndexOfInstant } from './dates.ts';
import { aboutFocus, type HeadlineParts, headlineParts } from './profile-text.ts';

export interface Role {
  title: string | null;
  company: string | null;
  start: string | null;
  kind: RoleKind;
}

export interface SideRole {
  position: Position;
  kind: RoleKind;
  /** Started before the main role: not something taken up "alongside" it. */
  startedFirst: boolean;
}

export interface ProfileFacts {
  name: string | null;
  firstName: string | null;
  current: Role | null;
  /**
   * The move into the current role: the latest earlier main role at another organisation or in
   * another function (a promotion in place is not a move), and what changed.
   */
  move: { from: Position; kind: 'sector' | 'function' | 'organisation'; toIndustry: boolean } | null;
  /** Back at an organisation they had left: their earlier stint there (the move back is this, not a plain move). */
  returned: { earlier: Position } | null;
  /** Academia → industry → academia (or the reverse): the sector they went back to, and when they left it. */
  backAndForth: { sector: Sector; via: Position } | null;
  /** Studies that ended shortly before the first real job (not an internship), early in a career. */
  firstJob: { studies: Education; job: Position } | null;
  /** Positions in two countries: the earlier one and the latest. */
  countryChange: { from: string; to: string; fromPlace: string; toPlace: string } | null;
  /** Studies started after years of work. */
  returnToStudy: Education | null;
  /** Three or more past roles that each lasted under a year and a half. */
  shortStints: Position[];
  /** A company they founded (the current main role or an earlier one). */
  founded: Position | null;
  /** Roles held alongside the main job (board seats, advisory roles, volunteering, ventures), by kind. */
  sideRoles: SideRole[];
  /** A skill from another function than the current role ("Negotiation" for an engineer). */
  standoutSkill: string | null;
  headline: HeadlineParts;
  /** What the About says they focus on. */
  focus: { phrase: string; source: string } | null;
  /** Scholar interests or ResearchGate topics (those sites list them where LinkedIn lists skills). */
  research: { site: 'scholar' | 'researchgate'; interests: string[] } | null;
  /** The most-cited publication, else the first listed. */
  topPaper: Publication | null;
  positionCount: number;
  /** Studied a subject that shares no word with the current title (only when no move is known). */
  studyChange: Education | null;
  doctorate: Education | null;
  /** Another degree, named, when there is no doctorate. */
  degree: Education | null;
  /** Start of the current unbroken stint at the organisation (roles there without a gap), with whole years until `now`. */
  tenure: { since: string; years: number } | null;
  /** Started the current role within the last year, coming from somewhere else. */
  recentStart: string | null;
  /** The first role alongside the main one (kept for callers that want one). */
  sideProject: Position | null;
  educationKnown: boolean;
  skills: string[];
}

const clean = (s: string | null | undefined): string | null => (s?.trim() ? s.trim() : null);
/** An organisation's name without the recruiting slogan some pages append ("Acme - We're hiring"). */
const orgName = (s: string | null | undefined): string | null =>
  clean(s?.replace(/\s*[-–|·]\s*(we'?re|we are|now) hiring.*$/i, ''));

/** The given name, only where it is safe to guess: "Dr. Ana María Ruiz" → "Ana". */
export function firstNameOf(name: string | null): string | null {
  const n = clean(name);
  if (!n || hasEastAsianScript(n)) return null; // family name often first, or no spaces at all
  const words = n.split(/\s+/).filter((w) => !/^(dr|prof|mr|mrs|ms|mx)\.?$/i.test(w));
  return words.length > 1 ? (words[0] ?? null) : null;
}

function byRecency(a: Position, b: Position): number {
  return (monthIndex(b.start) ?? -1) - (monthIndex(a.start) ?? -1);
}

function sameOrg(a: string | null, b: string | null): boolean {
  const x = orgName(a);
  const y = orgName(b);
  return !!x && !!y && x.toLowerCase() === y.toLowerCase();
}

/** "Software Engineer" and "software engineer": one job title. */
export function sameTitle(a: string | null, b: string | null): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** A gap longer than this between two roles at one organisation means they left and came back. */
const RETURN_GAP_MONTHS = 3;

const DEGREE_ONLY = /^(ph\.?\s?d|dr|msc|m\.sc|mba|bsc|b\.sc|ma|ba)\.?(\s*\([^)]*\)|\s+(in|en|of)\s+[^,]+)?$/i;

const monthsBetween = (a: string | null, b: string | null): number | null => {
  const x = monthIndex(a);
  const y = monthIndex(b);
  return x === null || y === null ? null : y - x;
};

/** The country a "City, Region, Country" location ends with; null when it names only one place. */
export function countryOf(location: string | null): string | null {
  const parts = (location ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  // "Toronto, Canada Area" names the same country as "Kingston, ON, Canada".
  return parts.length >= 2 ? parts.at(-1)!.replace(/\s+(metropolitan area|area|region)$/i, '') : null;
}

const GENERAL_SKILL = words(
  String.raw`\b(negotiation|public speaking|leadership|mentoring|coaching|teaching|writing|storytelling|sales|fundraising|policy|law|ux|user research|design thinking|illustration|photography|music|statistics|machine learning|python|data analysis|project management|accounting|finance|marketing|community building|facilitation)\b`,
);

function standoutSkill(skills: string[], title: string | null): string | null {
  const fn = functionOf(title);
  if (!title || !fn) return null;
  const t = title.toLowerCase();
  for (const skill of skills) {
    const sfn = functionOf(skill);
    // Only a skill we can place in another function, and not one the title itself names.
    if (t.includes(skill.toLowerCase())) continue;
    if ((sfn && sfn !== fn) || (!sfn && GENERAL_SKILL.test(skill) && fn === 'engineering' && !/python/i.test(skill)))
      return skill;
  }
  return null;
}

export function profileFacts(p: CapturedProfile | null, now?: number): ProfileFacts | null {
  if (!p) return null;
  const positions = p.experience.filter((x) => clean(x.title) || clean(x.company));
  const ordered = positions.every((x) => monthIndex(x.start) !== null) ? [...positions].sort(byRecency) : positions;
  // The main role: the one the page's top card names, else a current one that is not held alongside another.
  const currents = ordered.filter((x) => x.current);
  const currentPos =
    currents.find(
      (x) => p.current && sameOrg(x.company, p.current.company) && (!p.current.title || x.title === p.current.title),
    ) ??
    currents.find((x) => !looksLikeSideProject(x.title, x.company, x.description)) ??
    currents[0] ??
    null;
  // A degree is not a job title ("PhD (Geography)" on a research profile).
  const notDegree = (t: string | null) => (t && DEGREE_ONLY.test(t) ? null : t);
  const title = notDegree(clean(p.current?.title) ?? clean(currentPos?.title));
  const company = orgName(p.current?.company) ?? orgName(currentPos?.company);
  const headline = headlineParts(p.headline, [
    ...(company ? [company] : []),
    ...ordered.map((x) => x.company).filter((x): x is string => !!x),
  ]);
  // Without a title, the headline may still say what kind of role it is ("… Lead - TA").
  const kind = title
    ? roleKind(title, company)
    : (headline.roles.map((r) => roleKind(r)).find((k) => k !== 'employee') ??
      ((p.site === 'scholar' || p.site === 'researchgate') && sectorOf(null, company) === 'academia'
        ? 'academic'
        : 'employee'));
  const current: Role | null = title || company ? { title, company, start: currentPos?.start ?? null, kind } : null;

  const past = ordered.filter((x) => x !== currentPos && !x.current);
  // Earlier main jobs: a board seat, an advisory role or volunteering is never "where they came from".
  const pastMain = past.filter(
    (x) => !ALONGSIDE_KINDS.has(roleKind(x.title, x.company)) || roleKind(x.title) === 'founder',
  );

  let move: ProfileFacts['move'] = null;
  if (current) {
    const sNow = sectorOf(title, company);
    const fNow = functionOf(title);
    for (const from of pastMain) {
      if (sameOrg(from.company, company) && !from.title) continue;
      // A student job or an internship is the road in, not a move.
      if (['student', 'intern'].includes(roleKind(from.title, from.company))) continue;
      const s = sectorOf(from.title, from.company);
      const f = functionOf(from.title);
      if (sNow && s && s !== sNow) move = { from, kind: 'sector', toIndustry: sNow === 'industry' };
      else if (fNow && f && f !== fNow) move = { from, kind: 'function', toIndustry: false };
      else if (from === pastMain[0] && company && from.company && !sameOrg(from.company, company))
        move = { from, kind: 'organisation', toIndustry: false };
      if (move) break;
      // Only the role just before may give an organisation move; sector and function moves may lie further back.
    }
  }

  // Jobs held while still studying (a student club, a summer job) are the road in, not a career step.
  const studyEnd = Math.max(-1, ...p.education.map((e) => monthIndex(e.end) ?? -1));
  const afterStudies = (x: Position) => studyEnd < 0 || (monthIndex(x.end) ?? Number.POSITIVE_INFINITY) > studyEnd + 3;

  // Sectors along the career, oldest first, collapsed: academia, industry, academia → went back.
  let backAndForth: ProfileFacts['backAndForth'] = null;
  {
    const seq = [
      ...(current ? [{ pos: currentPos, s: sectorOf(title, company) }] : []),
      // Internships and student jobs are the road in, not a stay in a sector.
      ...pastMain
        .filter((x) => !['intern', 'student'].includes(roleKind(x.title, x.company)) && afterStudies(x))
        .map((x) => ({ pos: x, s: sectorOf(x.title, x.company) })),
    ]
      .filter((x): x is { pos: Position; s: Sector } => !!x.s && !!x.pos)
      .reverse();
    const runs: { s: Sector; pos: Position }[] = [];
    for (const x of seq) if (runs.at(-1)?.s !== x.s) runs.push(x);
    // Without the education section, a stay in academia before industry may have been their studies
    // (a student club, a lab job): "returned to industry" would be a guess.
    const studiesKnown = p.education.length > 0;
    if (runs.length >= 3 && (studiesKnown || runs.at(-1)!.s === 'academia'))
      backAndForth = { sector: runs.at(-1)!.s, via: runs.at(-2)!.pos };
  }

  const education = p.education.filter((e) => clean(e.school) || clean(e.degree) || clean(e.field));
  const doctorate = education.find((e) => isDoctorate(e.degree)) ?? null;
  const degree = doctorate ? null : (education.find((e) => clean(e.degree)) ?? null);
  const wordSet = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 3),
    );
  const titleWords = title ? wordSet(title) : new Set<string>();
  const studyChange =
    !move && title
      ? (education.find((e) => e.field && ![...wordSet(e.field)].some((w) => titleWords.has(w))) ?? null)
      : null;

  // Jobs proper: not internships, student jobs, volunteering or seats held alongside.
  const jobs = [...ordered]
    .filter((x) => !['intern', 'student', 'volunteer', 'board', 'advisor'].includes(roleKind(x.title, x.company)))
    .filter((x) => monthIndex(x.start) !== null)
    .sort((a, b) => monthIndex(a.start)! - monthIndex(b.start)!);
  const firstJobPos = jobs[0] ?? null;
  let firstJob: ProfileFacts['firstJob'] = null;
  if (firstJobPos && jobs.length <= 3 && roleKind(firstJobPos.title) !== 'founder') {
    const studies = education
      .filter((e) => e.end && monthIndex(e.end) !== null)
      .find((e) => {
        const gap = monthsBetween(e.end, firstJobPos.start);
        return gap !== null && gap >= -6 && gap <= 18;
      });
    if (studies?.school) firstJob = { studies, job: firstJobPos };
  }
  // Back to study: two years or more after the previous studies ended, with a job of two years or more in between.
  const returnToStudy =
    education.find((e, i) => {
      const before = education
        .filter((x, j) => j !== i && monthIndex(x.end) !== null && monthsBetween(x.end, e.start)! > 0)
        .sort((a, b) => monthIndex(b.end)! - monthIndex(a.end)!)[0];
      if (!before || (monthsBetween(before.end, e.start) ?? 0) < 24) return false;
      return jobs.some(
        (x) =>
          (monthsBetween(before.end, x.start) ?? -1) >= -3 &&
          (monthsBetween(x.end, e.start) ?? -1) >= 0 &&
          (monthsBetween(x.start, x.end) ?? 0) >= 24,
      );
    }) ?? null;

  // Countries: the latest position with one, against the earliest one that differs. Only places
  // written alike are compared ("Kingston, Ontario" and "Kingston, ON, Canada" are one place).
  let countryChange: ProfileFacts['countryChange'] = null;
  const segments = (l: string | null) => (l ?? '').split(',').filter((x) => x.trim()).length;
  const placed = ordered.filter((x) => countryOf(x.location));
  const latestPlace = placed[0]?.location ?? (countryOf(p.location) ? p.location : null);
  const latestCountry = countryOf(latestPlace);
  if (latestPlace && latestCountry) {
    const earlier = [...placed]
      .reverse()
      .find(
        (x) =>
          segments(x.location) === segments(latestPlace) &&
          countryOf(x.location)!.toLowerCase() !== latestCountry.toLowerCase(),
      );
    if (earlier?.location)
      countryChange = {
        from: countryOf(earlier.location)!,
        to: latestCountry,
        fromPlace: earlier.location,
        toPlace: latestPlace,
      };
  }

  const shortStints = past.filter((x) => {
    const m = monthsBetween(x.start, x.end);
    return (
      m !== null &&
      m < 18 &&
      afterStudies(x) &&
      !['intern', 'student', 'volunteer'].includes(roleKind(x.title, x.company))
    );
  });
  const distinctShort = shortStints.filter((x, i) => shortStints.findIndex((y) => sameOrg(x.company, y.company)) === i);
  // Roles held at the same time are not a succession of moves: each must start once the one before has ended.
  const successive = [...distinctShort]
    .sort((a, b) => monthIndex(a.start)! - monthIndex(b.start)!)
    .every((x, i, xs) => i === 0 || monthIndex(x.start)! >= monthIndex(xs[i - 1]!.end)! - 1);

  const founded =
    (current?.kind === 'founder' ? currentPos : null) ?? ordered.find((x) => roleKind(x.title) === 'founder') ?? null;

  // The current stint at the organisation: its roles back from the latest, while each began no more than
  // a few months after the previous one there ended. An earlier role there, after a gap, is a return.
  let stintStart: Position | null = null;
  let returned: ProfileFacts['returned'] = null;
  if (current && company) {
    const atOrg = ordered
      .filter((x) => sameOrg(x.company, company) && monthIndex(x.start) !== null)
      .sort((a, b) => monthIndex(b.start)! - monthIndex(a.start)!);
    stintStart = atOrg[0] ?? null;
    let reach = stintStart ? monthIndex(stintStart.start)! : 0;
    for (const x of atOrg.slice(1)) {
      const end = x.current ? Number.POSITIVE_INFINITY : (monthIndex(x.end) ?? Number.POSITIVE_INFINITY);
      if (end + RETURN_GAP_MONTHS < reach) {
        returned = { earlier: x };
        break;
      }
      stintStart = x;
      reach = Math.min(reach, monthIndex(x.start)!);
    }
  }
  // Coming back is the story; "what led you from A to B" would miss it. A change of sector or function stays.
  if (returned && move?.kind === 'organisation') move = null;

  let tenure: ProfileFacts['tenure'] = null;
  let recentStart: string | null = null;
  if (now !== undefined && current) {
    const first = stintStart;
    const nowM = monthIndexOfInstant(now);
    if (first?.start) {
      const years = Math.floor((nowM - monthIndex(first.start)!) / 12);
      if (years >= 5) tenure = { since: first.start, years };
    }
    const startM = monthIndex(current.start);
    if (current.start && startM !== null && nowM - startM >= 0 && nowM - startM <= 12 && past.length > 0 && !tenure) {
      recentStart = current.start;
    }
  }

  // Every other current role runs alongside the main one.
  const sideRoles: SideRole[] = currents
    .filter((x) => x !== currentPos && !sameOrg(x.company, company))
    .map((position) => ({
      position,
      kind: roleKind(position.title, position.company),
      startedFirst:
        (monthIndex(position.start) ?? Number.POSITIVE_INFINITY) < (monthIndex(currentPos?.start ?? null) ?? -1),
    }));

  const skills = p.skills.map((s) => s.trim()).filter(Boolean);
  const research =
    (p.site === 'scholar' || p.site === 'researchgate') && skills.length ? { site: p.site, interests: skills } : null;
  const papers = (p.publications ?? []).filter((x) => x.title?.trim());
  const topPaper = papers.length
    ? papers.reduce((best, x) => ((x.citations ?? -1) > (best.citations ?? -1) ? x : best), papers[0]!)
    : null;

  return {
    name: clean(p.name),
    firstName: firstNameOf(p.name),
    current,
    move,
    returned,
    backAndForth,
    firstJob,
    countryChange,
    returnToStudy,
    shortStints: distinctShort.length >= 3 && successive ? distinctShort : [],
    founded,
    sideRoles,
    standoutSkill: research ? null : standoutSkill(skills, title),
    headline,
    focus: aboutFocus(p.about),
    research,
    topPaper,
    positionCount: positions.length,
    studyChange,
    doctorate,
    degree,
    tenure,
    recentStart,
    sideProject: sideRoles[0]?.position ?? null,
    educationKnown: education.length > 0,
    skills: research ? [] : skills,
  };
}
