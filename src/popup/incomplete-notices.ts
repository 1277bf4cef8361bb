import type { IncompleteSection } from '../domain/profile.ts';
import { listWords } from '../lib/list-words.ts';
import type { ListSection } from './linkedin-pages.ts';

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
  /** LinkedIn lists the page showed only part of: the card links each one's full page. */
  lists?: ListSection[];
}

// The capture's advice for a list cut short ("Open linkedin.com/in/<slug>/details/skills/ and
// capture it…") names a different address per list, so grouping by hint alone gave one box per
// list. Such advice is recognised by its address and given once, for every list it is about.
const LIST_ADVICE = /\/details\/(experience|education|skills)\//;
const isList = (s: IncompleteSection['section']): s is ListSection =>
  s === 'experience' || s === 'education' || s === 'skills';

/**
 * One notice per piece of advice, naming the sections it is about. A page whose lazy sections
 * had not loaded would otherwise show the same sentence three times without saying of what.
 * "Check this" marks are shown beside their fields, not here.
 */
export function incompleteNotices(incomplete: readonly IncompleteSection[]): IncompleteNotice[] {
  const byHint = new Map<string, string[]>();
  const lists: ListSection[] = [];
  for (const i of incomplete) {
    if (i.check) continue;
    if (isList(i.section) && LIST_ADVICE.test(i.hint)) {
      if (!lists.includes(i.section)) lists.push(i.section);
      continue;
    }
    const names = byHint.get(i.hint) ?? [];
    const name = SECTION_NAMES[i.section];
    if (!names.includes(name)) names.push(name);
    byHint.set(i.hint, names);
  }
  const out: IncompleteNotice[] = [...byHint].map(([hint, names]) => ({ sections: sentenceList(names), hint }));
  if (lists.length)
    out.unshift({
      sections: sentenceList(lists.map((l) => SECTION_NAMES[l])),
      hint:
        lists.length === 1
          ? 'The page shows only part of the list. Open the full list and capture it to add the rest:'
          : 'The page shows only part of each list. Open each full list and capture it to add the rest:',
      lists,
    });
  return out;
}

function sentenceList(names: string[]): string {
  const joined = listWords(names);
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
