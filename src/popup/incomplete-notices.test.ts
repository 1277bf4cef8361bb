import { describe, expect, it } from 'vitest';
import type { IncompleteSection } from '../domain/profile.ts';
import { incompleteNotices } from './incomplete-notices.ts';

const LAZY = 'Not loaded yet. Scroll down the page, then capture again.';

describe('incompleteNotices', () => {
  it('says one piece of advice once, naming every section it is about', () => {
    const sections: IncompleteSection[] = [
      { section: 'experience', hint: LAZY },
      { section: 'education', hint: LAZY },
      { section: 'skills', hint: LAZY },
    ];
    expect(incompleteNotices(sections)).toEqual([{ sections: 'Experience, education and skills', hint: LAZY }]);
  });

  it('keeps different advice apart, in the order first met, and leaves out "check this" marks', () => {
    const sections: IncompleteSection[] = [
      { section: 'skills', hint: 'Open the skills page and capture it to add the rest.' },
      { section: 'name', hint: 'Looks like a headline', check: true },
      { section: 'experience', shown: 20, total: 31, hint: 'Only the first 20 are kept.' },
      { section: 'current', hint: LAZY },
      { section: 'photoUrl', hint: LAZY },
    ];
    expect(incompleteNotices(sections)).toEqual([
      { sections: 'Skills', hint: 'Open the skills page and capture it to add the rest.' },
      { sections: 'Experience', hint: 'Only the first 20 are kept.' },
      { sections: 'Current role and photo', hint: LAZY },
    ]);
  });

  it('names a section once even when a page reports it twice, and shows nothing for nothing', () => {
    expect(
      incompleteNotices([
        { section: 'skills', hint: LAZY },
        { section: 'skills', hint: LAZY },
      ]),
    ).toEqual([{ sections: 'Skills', hint: LAZY }]);
    expect(incompleteNotices([])).toEqual([]);
  });

  it('gives the advice to open a cut-short list once, for every list, whatever address each hint names', () => {
    const cut = (section: 'experience' | 'skills', slug: string): IncompleteSection => ({
      section,
      shown: 3,
      hint: `Open linkedin.com/in/${slug}/details/${section}/ and capture it to add the rest.`,
    });
    const notices = incompleteNotices([
      cut('experience', 'a-b'),
      { section: 'about', hint: LAZY },
      cut('skills', 'c-d'),
    ]);
    expect(notices.map((n) => [n.sections, n.lists])).toEqual([
      ['Experience and skills', ['experience', 'skills']],
      ['About', undefined],
    ]);
  });
});
