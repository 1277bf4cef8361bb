// Self-check: a plausibility check of every captured field before the popup
// shows it. Capture rules are written for pages we have seen; on a page nobody
// has seen, a field can come back holding the wrong thing (an affiliation glued
// to a name, a degree as a title, a player's "This is a modal window." as the
// headline). Nothing is dropped: a doubtful field is kept, marked "check this"
// in the popup and recorded in `incomplete` with the reason. Pure: the caller
// passes today's month, so the same profile always gets the same flags.
import type { CapturedProfile, IncompleteSection } from './profile.ts';

export type CheckedField = 'name' | 'headline' | 'location' | 'current' | 'photoUrl' | 'experience' | 'publications';

export interface Flag {
  field: CheckedField;
  /** Why the field looks wrong, as the user reads it next to the field. */
  reason: string;
}

const ORG =
  /\b(?:universit(?:y|ät|é|à|ad)|institut[eo]?|department|faculty|school|college|laborator(?:y|ies)|labs?|inc|ltd|llc|gmbh|corp(?:oration)?|company|group|hiring|recruiting)\b/i;
const DEGREE_TITLE =
  /^(?:ph\.? ?d\.?|d\.? ?phil\.?|m\.? ?sc\.?|b\.? ?sc\.?|m\.?a\.?|b\.?a\.?|mba|m\.?eng\.?|md|llm|(?:(?:phd|doctoral|master'?s?|graduate|undergraduate|bachelor'?s?)\s+)?student)(?:\s*\(.*\))?$/i;
// Interface text that is never a person's field, in the languages we know.
const UI_TEXT =
  /\b(?:modal window|dialog window|(?:audio|video) player|contact info|see more|show all|loading|sign in|join now)\b/i;
// LinkedIn's stand-ins for a missing photo: the grey silhouette ("ghost") images and inline data URLs.
const PLACEHOLDER = /ghost|static\.licdn\.com\/(?:sc|aero-v1)\/|\/aero\/|^data:|default-avatar|no-photo/i;

const ym = (s: string | null) => (s && /^\d{4}(-\d\d)?$/.test(s) ? s : null);
/** a < b for "YYYY" / "YYYY-MM" strings; a year alone counts as its December (still running that year). */
const before = (a: string, b: string) => (a.length === 4 ? `${a}-12` : a) < (b.length === 4 ? `${b}-01` : b);

function nameFlags(name: string | null): string[] {
  if (!name) return [];
  const out: string[] = [];
  const sep = name.match(/[·|@•]/)?.[0];
  if (sep) out.push(`contains “${sep}”: part of it may be a headline or an organisation`);
  const org = name.match(ORG)?.[0];
  if (org) out.push(`contains “${org}”, an organisation word`);
  if (name.split(/\s+/).filter(Boolean).length > 6) out.push('has more than six words');
  return out;
}

/** Every flag for the profile; `today` is "YYYY-MM". */
export function checkProfile(p: CapturedProfile, today: string): Flag[] {
  const flags: Flag[] = [];
  const add = (field: CheckedField, reason: string) => flags.push({ field, reason });
  for (const r of nameFlags(p.name)) add('name', `The name ${r}.`);
  if (p.headline && UI_TEXT.test(p.headline)) add('headline', 'The headline looks like page interface text.');
  if (p.headline && p.name && p.headline === p.name) add('headline', 'The headline repeats the name.');
  if (p.location && (UI_TEXT.test(p.location) || /^\W*\d+\W*$/.test(p.location)))
    add('location', 'The location looks like page interface text.');
  const title = p.current?.title ?? null;
  if (title && DEGREE_TITLE.test(title.trim())) add('current', `“${title}” is a degree or a study, not a job title.`);
  const cur = p.experience.find(
    (e) => (e.current || (p.current && e.title === p.current.title && e.company === p.current.company)) && ym(e.end),
  );
  const end = ym(cur?.end ?? null);
  if (cur && end && before(end, today)) add('current', `The current position ended in ${end}.`);
  if (p.photoUrl && PLACEHOLDER.test(p.photoUrl)) add('photoUrl', 'The photo is LinkedIn’s placeholder, not theirs.');
  const backwards = p.experience.find((e) => ym(e.start) && ym(e.end) && before(e.end as string, e.start as string));
  if (backwards) add('experience', `“${backwards.title ?? backwards.company}” ends before it starts.`);
  const year = Number(today.slice(0, 4));
  const future = p.publications.find((x) => x.year && Number(x.year) > year + 1);
  if (future) add('publications', `“${future.title}” is dated ${future.year}.`);
  return flags;
}

/**
 * The profile with its flags recorded in `incomplete` (check: true), replacing
 * earlier flags, so re-checking a stored profile never piles them up.
 */
export function withChecks(p: CapturedProfile, today: string): CapturedProfile {
  const kept = p.incomplete.filter((i) => !i.check);
  const checks: IncompleteSection[] = checkProfile(p, today).map((f) => ({
    section: f.field,
    hint: f.reason,
    check: true,
  }));
  return { ...p, incomplete: [...kept, ...checks] };
}

/** The flags recorded on a profile for one field (what the popup marks "check this"). */
export function flagsFor(p: CapturedProfile, field: CheckedField): string[] {
  return p.incomplete.filter((i) => i.check && i.section === field).map((i) => i.hint);
}

/** "YYYY-MM" of a timestamp, in UTC (a month boundary off by a few hours cannot matter here). */
export function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}
