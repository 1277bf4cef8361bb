// The extension half shared by layers whose page half sends the profile's fields as raw text
// under their own names (top cards, public pages, the Ember layout): each value cleaned, dates
// parsed, the photo made absolute, the connection badge read.
import type { Education, Position } from '../../domain/profile.ts';
import type { FinishCtx, Found } from '../layer.ts';
import { arr, block, degree, line, lines, obj, photo, rangeOf } from './raw.ts';

/** One position: `group` is the company a grouped role sits under, which wins over its own subtitle. */
export function position(v: unknown): Position {
  const o = obj(v);
  return {
    title: line(o.title),
    company: line(o.group) ?? line(o.company),
    location: line(o.location),
    description: block(o.description),
    start: null,
    end: null,
    current: false,
    ...rangeOf(o.range),
  };
}

export function school(v: unknown): Education {
  const o = obj(v);
  return {
    school: line(o.school),
    degree: line(o.degree),
    field: line(o.field),
    start: null,
    end: null,
    ...rangeOf(o.range),
  };
}

/** Every field such a page half may send; a layer that reads no name (`needsName`) counts as nothing. */
export function profileFields(v: unknown, c: FinishCtx, needsName = false): Found | null {
  const r = obj(v);
  const name = line(r.name);
  if (needsName && !name) return null;
  return {
    name,
    headline: line(r.headline),
    location: line(r.location),
    photoUrl: photo(r.photo, c.url),
    about: block(r.about),
    connectionDegree: degree(line(r.degree)),
    current: typeof r.company === 'string' ? { title: null, company: line(r.company) } : null,
    experience: arr(r.experience).map(position),
    education: arr(r.education).map(school),
    skills: lines(r.skills),
  };
}
