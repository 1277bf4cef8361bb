// The "3 positions · 1 school · 12 skills" line. A count of 0 is only news for a section the
// page could have shown: public LinkedIn pages never list skills, Scholar has no positions or
// schools, a /details/ page shows one list. Those zeros are left out; a count above 0 is always shown.
import type { CapturedProfile } from '../domain/profile.ts';

type Section = 'experience' | 'education' | 'skills';
type Label = readonly [one: string, many: string];

const LABELS: Record<Section, Label> = {
  experience: ['position', 'positions'],
  education: ['school', 'schools'],
  skills: ['skill', 'skills'],
};
// What each site calls its lists where it differs from LinkedIn.
const SITE_LABELS: Partial<Record<CapturedProfile['site'], Partial<Record<Section, Label>>>> = {
  scholar: { skills: ['research interest', 'research interests'] },
};

/** The sections whose absence the page would have shown (so "0" is true of the person). */
function canShow(p: CapturedProfile): Section[] {
  const sources = Object.values(p.sources);
  if (p.site === 'linkedin') {
    if (sources.includes('linkedin/details')) return [];
    // Public pages of the 2020s list experience and education, never skills.
    if (sources.some((s) => s?.startsWith('linkedin/public'))) return ['experience', 'education'];
    return ['experience', 'education', 'skills'];
  }
  if (p.site === 'scholar') return ['skills'];
  if (p.site === 'researchgate') return ['experience', 'skills'];
  return [];
}

export function sectionCounts(p: CapturedProfile): string {
  // A section the page had not loaded is named in its notice instead of counted as 0.
  const notLoaded = new Set(p.incomplete.filter((i) => !i.check).map((i) => i.section));
  const shown = canShow(p);
  return (['experience', 'education', 'skills'] as const)
    .filter((s) => p[s].length > 0 || (shown.includes(s) && !notLoaded.has(s)))
    .map((s) => {
      const [one, many] = SITE_LABELS[p.site]?.[s] ?? LABELS[s];
      const n = p[s].length;
      return `${n} ${n === 1 ? one : many}`;
    })
    .join(' · ');
}
