// A ResearchGate profile. The <h1> may print the affiliation beside the name: the name is the
// h1's first block only, and a degree ("PhD") is education, never the current title.

import { parseRange, type Range } from '../dates.ts';
import { DEGREE } from '../degree.ts';
import type { Finisher } from '../layer.ts';
import { clean } from '../text.ts';
import { arr, block, line, lines, obj, str } from './raw.ts';

/** A card's date line: "October 2013 - April 2015", or "March 2021 -" for a position still held. */
function datesOf(v: unknown): Range | null {
  const s = line(v);
  if (!s) return null;
  const open = s.match(/^(.+?)\s*[-–—]$/);
  if (!open) return parseRange(s);
  const start = parseRange(open[1]);
  return start ? { start: start.start, end: null, current: true } : null;
}

export const researchGate: Finisher = {
  sites: ['researchgate'],
  finish(raw) {
    const r = obj(raw);
    const [name, ...rest] = (str(r.title) ?? '').split(' | ');
    const headline = clean(rest.join(' | '));
    const whole = line(r.whole);
    const first = line(r.first);
    // The title spells the family name in capitals; the h1 may run on with the affiliation.
    const n = clean(name);
    const own = n && whole?.toLowerCase().startsWith(n.toLowerCase()) ? whole.slice(0, n.length) : null;
    const head = headline?.split(', ')[0] ?? null;
    const deg = head?.match(/^(.+?)\s*(?:\((.+)\))?$/);
    const isDegree = !!head && DEGREE.test(deg?.[1] ?? '');
    const inst = headline?.split(', ').slice(1).join(', ') || null;
    const jobs = arr(r.jobs).map((x) => {
      const j = obj(x);
      const meta = lines(j.meta);
      return {
        title: line(j.title),
        company: line(j.company),
        location: meta.length > 1 ? (meta[meta.length - 1] ?? null) : null,
        description: block(j.description),
        start: null,
        end: null,
        current: false,
        ...datesOf(j.dates),
      };
    });
    // A dated card says itself whether it is current (no end date). Only when no card has dates
    // is the card of the institution named in the title line taken as the current one: the title
    // may name where a degree was earned years ago.
    const dated = jobs.some((j) => j.start);
    const now = dated ? jobs.find((j) => j.current) : jobs.find((j) => j.company && j.company === inst);
    if (now) now.current = true;
    return {
      name: own ?? first ?? whole ?? n,
      location: now?.location ?? null,
      experience: jobs,
      headline,
      // With dated cards and none still held, a degree's institution in the title is where the
      // degree was earned, not a current employer.
      current: inst && !(dated && !now && isDegree) ? { title: isDegree ? null : head, company: inst } : null,
      education:
        isDegree && inst
          ? [{ school: inst, degree: deg?.[1] ?? null, field: deg?.[2] ?? null, start: null, end: null }]
          : [],
      skills: lines(r.skills),
    };
  },
};
