// Turning the lines of one list entry into a position or a school. Shared by
// every layout that shows entries as stacked lines (pvs, React 2026, details
// sub-pages): the date line is found by parsing, not by its position or label,
// so a missing employment type or location does not shift the other fields.
import type { Education, Position } from '../domain/profile.ts';
import { parseRange } from './dates.ts';
import { beforeDot } from './text.ts';

const DURATION = /^\d+\s*\D{1,12}(\s+\d+\s*\D{1,12})?$/; // "3 yrs 2 mos", "2年3か月" on its own line

export function isDates(line: string | undefined): boolean {
  return !!line && !!parseRange(line);
}

/** [title, "Company · Full-time", "Jan 2020 - Present · 5 yrs", "Lisbon"] → Position. With `company`, lines come from a grouped role. */
export function toPosition(
  lines: string[],
  company: string | null = null,
  description: string | null = null,
): Position | null {
  const title = lines[0] ?? null;
  if (!title) return null;
  const di = lines.findIndex((l, i) => i > 0 && isDates(l));
  const r = di > 0 ? parseRange(lines[di]) : null;
  let co = company;
  if (!co && lines[1] && di !== 1) co = beforeDot(lines[1]);
  const after = di > 0 ? lines[di + 1] : di < 0 && !company ? lines[2] : undefined;
  const location = after && !isDates(after) && !DURATION.test(after) ? beforeDot(after) : null;
  return {
    title,
    company: co,
    location,
    description,
    start: r?.start ?? null,
    end: r?.end ?? null,
    current: !!r?.current,
  };
}

/** [school, "Degree, Field", "2014 - 2018"] → Education. */
export function toSchool(lines: string[]): Education | null {
  const school = lines[0] ?? null;
  if (!school) return null;
  const di = lines.findIndex((l, i) => i > 0 && isDates(l));
  const r = di > 0 ? parseRange(lines[di]) : null;
  const deg = lines[1] && di !== 1 ? lines[1] : null;
  const cut = deg ? deg.indexOf(', ') : -1;
  return {
    school,
    degree: deg ? (cut > 0 ? deg.slice(0, cut) : deg) : null,
    field: deg && cut > 0 ? deg.slice(cut + 2) : null,
    start: r?.start ?? null,
    end: r?.end ?? null,
  };
}
