// Facts read off a captured profile, each one kept with the profile text it rests on, so a
// question or a sentence in an email can only mention what the profile actually says.

import type { CapturedProfile, Education, Position } from '../domain/profile.ts';
import { functionOf, hasEastAsianScript, isDoctorate, looksLikeSideProject, sectorOf } from './classify.ts';
import { monthIndex, monthIndexOfInstant } from './dates.ts';

export interface Role {
  title: string | null;
  company: string | null;
  start: string | null;
}

export interface ProfileFacts {
  name: string | null;
  firstName: string | null;
  current: Role | null;
  /** The latest earlier role in a different sector (academia/industry) or function. */
  move: { from: Position; kind: 'sector' | 'function'; toIndustry: boolean } | null;
  /** Studied a subject that shares no word with the current title (only when no move is known). */
  studyChange: Education | null;
  doctorate: Education | null;
  /** Another degree, named, when there is no doctorate. */
  degree: Education | null;
  /** Start of the earliest role at the current organisation, with whole years until `now`. */
  tenure: { since: string; years: number } | null;
  /** Started the current role within the last year, coming from somewhere else. */
  recentStart: string | null;
  sideProject: Position | null;
  educationKnown: boolean;
  skills: string[];
}

const clean = (s: string | null | undefined): string | null => (s?.trim() ? s.trim() : null);

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
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function profileFacts(p: CapturedProfile | null, now?: number): ProfileFacts | null {
  if (!p) return null;
  const positions = p.experience.filter((x) => clean(x.title) || clean(x.company));
  const ordered = positions.every((x) => monthIndex(x.start) !== null) ? [...positions].sort(byRecency) : positions;
  // The main role: the one the page's top card names, else a current one that is not a side project.
  const currents = ordered.filter((x) => x.current);
  const currentPos =
    currents.find(
      (x) => p.current && sameOrg(x.company, p.current.company) && (!p.current.title || x.title === p.current.title),
    ) ??
    currents.find((x) => !looksLikeSideProject(x.title, x.company, x.description)) ??
    currents[0] ??
    null;
  const title = clean(p.current?.title) ?? clean(currentPos?.title);
  const company = clean(p.current?.company) ?? clean(currentPos?.company);
  const current: Role | null = title || company ? { title, company, start: currentPos?.start ?? null } : null;

  const past = ordered.filter((x) => x !== currentPos && !x.current);
  let move: ProfileFacts['move'] = null;
  if (current) {
    const sNow = sectorOf(title, company);
    const fNow = functionOf(title);
    for (const from of past) {
      if (sameOrg(from.company, company) && !from.title) continue;
      const s = sectorOf(from.title, from.company);
      const f = functionOf(from.title);
      if (sNow && s && s !== sNow) move = { from, kind: 'sector', toIndustry: sNow === 'industry' };
      else if (fNow && f && f !== fNow) move = { from, kind: 'function', toIndustry: false };
      if (move) break;
    }
  }

  const education = p.education.filter((e) => clean(e.school) || clean(e.degree) || clean(e.field));
  const doctorate = education.find((e) => isDoctorate(e.degree)) ?? null;
  const degree = doctorate ? null : (education.find((e) => clean(e.degree)) ?? null);
  const words = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 3),
    );
  const titleWords = title ? words(title) : new Set<string>();
  const studyChange =
    !move && title
      ? (education.find((e) => e.field && ![...words(e.field)].some((w) => titleWords.has(w))) ?? null)
      : null;

  let tenure: ProfileFacts['tenure'] = null;
  let recentStart: string | null = null;
  if (now !== undefined && current) {
    const atOrg = ordered.filter((x) => sameOrg(x.company, company) && monthIndex(x.start) !== null);
    const first = atOrg.sort((a, b) => monthIndex(a.start)! - monthIndex(b.start)!)[0];
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

  // Any second current role runs alongside the main one.
  const sideProject = currents.find((x) => x !== currentPos && !sameOrg(x.company, company)) ?? null;

  return {
    name: clean(p.name),
    firstName: firstNameOf(p.name),
    current,
    move,
    studyChange,
    doctorate,
    degree,
    tenure,
    recentStart,
    sideProject,
    educationKnown: education.length > 0,
    skills: p.skills.map((s) => s.trim()).filter(Boolean),
  };
}
