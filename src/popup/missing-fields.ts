import type { CapturedProfile } from '../domain/profile.ts';

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
