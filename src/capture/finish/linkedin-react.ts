// LinkedIn's React layout (2026): which of the top card's lines is the headline, the location,
// the connection badge; the cards' lines as positions, schools, skills.

import { toPosition, toSchool } from '../entries.ts';
import type { Finisher, Found } from '../layer.ts';
import { arr, block, degree, line, obj, photo } from './raw.ts';

/** An entry's lines, cleaned; empty ones and lone "·" separators dropped. */
const entryLines = (v: unknown) =>
  arr(v)
    .map((x) => line(x) ?? '·')
    .filter((t) => t !== '·');

/** Skills joined by " • " on a line of their own in the About card, outside the About text itself. */
function topSkills(aboutLines: unknown): string[] {
  for (const x of arr(aboutLines)) {
    const parts = (line(x) ?? '').split(/\s+[•·]\s+/);
    if (parts.length > 1 && parts.every((p) => p && p.length <= 80)) return parts;
  }
  return [];
}

const KINDS = ['experience', 'education', 'skills'] as const;

export const react2026: Finisher = {
  sites: ['linkedin'],
  finish(raw, { url }) {
    const r = obj(raw);
    const ps = arr(r.lines).map((x) => ({ t: line(arr(x)[0]) ?? '', inLink: arr(x)[1] === true }));
    // The headline is the first line under the name that is not the "· 2nd" badge or a link.
    const headline = ps.find((x) => x.t.length > 1 && x.t[0] !== '·' && !x.inLink);
    const loc = arr(r.beside)
      .map((x) => line(x))
      .find((t) => (t ?? '·') !== '·');
    const out: Found = {
      name: line(r.name),
      headline: headline?.t ?? null,
      location: loc ?? null,
      photoUrl: photo(r.photo, url),
      connectionDegree: degree(ps.find((x) => /^·\s*\S{1,6}$/.test(x.t))?.t ?? null),
      current: typeof r.company === 'string' ? { title: null, company: line(r.company) } : null,
      about: block(r.about),
      incomplete: [],
    };
    for (const kind of KINDS) {
      const items = arr(r[kind]).map((x) =>
        kind === 'experience'
          ? toPosition(entryLines(obj(x).lines), null, block(obj(x).desc))
          : kind === 'education'
            ? toSchool(entryLines(x))
            : entryLines(x)[0],
      );
      if (items.length) (out as Record<string, unknown>)[kind] = items;
      // The About card's "Top skills" line stands in for a skills card not loaded yet.
      else if (kind === 'skills' && topSkills(r.aboutLines).length) out.skills = topSkills(r.aboutLines);
      else if (r.lazy === true)
        out.incomplete?.push({ section: kind, hint: 'Not loaded yet. Scroll down the page, then capture again.' });
    }
    return out;
  },
};
