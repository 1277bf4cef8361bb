import type { CapturedProfile } from '../domain/profile.ts';
import { type ListSection, linkedinPage } from './linkedin-pages.ts';

/** The basic facts a person would expect on a profile, named when the capture found none. */
export function missingFields(p: CapturedProfile): string[] {
  const out: string[] = [];
  if (!p.name) out.push('name');
  if (!p.headline) out.push('headline');
  if (!p.current && !p.experience.length) out.push('current position');
  if (!p.location) out.push('location');
  if (
    p.site === 'linkedin' &&
    !p.experience.length &&
    !p.incomplete.some((i) => i.section === 'experience' && !i.check)
  )
    out.push('experience');
  if (p.site === 'linkedin' && !p.education.length && !p.incomplete.some((i) => i.section === 'education' && !i.check))
    out.push('education');
  return out;
}

// The missing facts the card's "Edit details" form has a field for (name, title and
// organisation, location); a headline or an education cannot be typed in there.
const FILLABLE = new Set(['name', 'current position', 'location']);

export interface MissingNotice {
  missing: string[];
  /** The part of `missing` the form below can take. */
  fillable: string[];
  /** On a LinkedIn /details/ page: which list it was, and the main profile to capture instead. */
  subpage: { list: ListSection; mainUrl: string } | null;
}

/** What the card says about facts the capture did not find, or null when none is missing. */
export function missingNotice(p: CapturedProfile): MissingNotice | null {
  const missing = missingFields(p);
  if (!missing.length) return null;
  const list = (['experience', 'education', 'skills'] as const).find((s) => p.sources[s] === 'linkedin/details');
  const mainUrl = list ? linkedinPage(p.url) : null;
  return {
    missing,
    fillable: missing.filter((m) => FILLABLE.has(m)),
    subpage: list && mainUrl ? { list, mainUrl } : null,
  };
}
