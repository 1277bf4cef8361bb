// The extension half of a "pvs" list (pvs-list.ts entries()): header lines cleaned, then read as
// positions (a company with several roles: each role one position there), schools or skills.
import type { Education, Position } from '../../domain/profile.ts';
import { toPosition, toSchool } from '../entries.ts';
import { arr, block, lines, obj } from './raw.ts';

export function positions(v: unknown): Position[] {
  return arr(v).flatMap((x) => {
    const e = obj(x);
    const roles = arr(e.roles);
    // Grouped: the entry's title is the company, each nested entry one role there.
    const company = roles.length ? (lines(e.head)[0] ?? null) : null;
    return (roles.length ? roles : [e])
      .map((r) => toPosition(lines(obj(r).head), company, block(obj(r).desc)))
      .filter((p): p is Position => !!p);
  });
}

export function schools(v: unknown): Education[] {
  return arr(v)
    .map((e) => toSchool(lines(obj(e).head)))
    .filter((x): x is Education => !!x);
}

export function skillNames(v: unknown): string[] {
  return arr(v)
    .map((e) => lines(obj(e).head)[0])
    .filter((x): x is string => !!x);
}

/** Each entry's header lines (title, subtitle, dates…): cards with no special shape (Publications). */
export const entryLines = (v: unknown): string[][] => arr(v).map((e) => lines(obj(e).head));
