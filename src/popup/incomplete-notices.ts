import type { IncompleteSection } from '../domain/profile.ts';

const SECTION_NAMES: Record<IncompleteSection['section'], string> = {
  experience: 'experience',
  education: 'education',
  skills: 'skills',
  about: 'about',
  publications: 'publications',
  name: 'name',
  headline: 'headline',
  location: 'location',
  current: 'current role',
  photoUrl: 'photo',
  other: 'other details',
};

export interface IncompleteNotice {
  /** The sections it is about, as a sentence's subject: "Experience, education and skills". */
  sections: string;
  hint: string;
}

/**
 * One notice per piece of advice, naming the sections it is about. A page whose lazy sections
 * had not loaded would otherwise show the same sentence three times without saying of what.
 * "Check this" marks are shown beside their fields, not here.
 */
export function incompleteNotices(incomplete: readonly IncompleteSection[]): IncompleteNotice[] {
  const byHint = new Map<string, string[]>();
  for (const i of incomplete) {
    if (i.check) continue;
    const names = byHint.get(i.hint) ?? [];
    const name = SECTION_NAMES[i.section];
    if (!names.includes(name)) names.push(name);
    byHint.set(i.hint, names);
  }
  return [...byHint].map(([hint, names]) => ({ sections: sentenceList(names), hint }));
}

function sentenceList(names: string[]): string {
  const joined = names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
