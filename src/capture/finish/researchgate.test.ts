import { describe, expect, it } from 'vitest';
import { researchGate } from './researchgate.ts';

const ctx = { url: 'https://www.researchgate.net/profile/Tarja-Vellman', site: 'researchgate' as const, slug: null };
const card = (company: string, title: string, dates?: string) => ({
  company,
  title,
  meta: ['Department of Botany', 'Bergen, Norway'],
  ...(dates === undefined ? {} : { dates }),
});
const finish = (title: string, jobs: object[]) => researchGate.finish({ title, whole: 'Tarja Vellman', jobs }, ctx);

describe('ResearchGate institution cards', () => {
  it('never makes an ended PhD current because the title names its institution', () => {
    const out = finish('Tarja VELLMAN | PhD (Botany), Orvik University', [
      card('Lindqvist Institute', 'PostDoc', 'January 2013 - April 2015'),
      card('Orvik University', 'PhD Student', 'September 2008 - December 2012'),
    ]);
    expect(out?.experience?.map((j) => [j.company, j.start, j.end, j.current])).toEqual([
      ['Lindqvist Institute', '2013-01', '2015-04', false],
      ['Orvik University', '2008-09', '2012-12', false],
    ]);
    expect(out?.current).toBeNull();
    expect(out?.education).toEqual([
      { school: 'Orvik University', degree: 'PhD', field: 'Botany', start: null, end: null },
    ]);
  });

  it('takes the card with no end date as the current one', () => {
    const out = finish('Tarja VELLMAN | PhD (Botany), Orvik University', [
      card('Lindqvist Institute', 'Researcher', 'March 2021 -'),
      card('Orvik University', 'PhD Student', 'September 2008 - December 2012'),
    ]);
    expect(out?.experience?.map((j) => j.current)).toEqual([true, false]);
    expect(out?.experience?.[0]?.start).toBe('2021-03');
    expect(out?.location).toBe('Bergen, Norway');
  });

  it('without dates, still takes the card of the institution the title names', () => {
    const out = finish('Tarja VELLMAN | Professor, Orvik University', [
      card('Lindqvist Institute', 'PostDoc'),
      card('Orvik University', 'Professor'),
    ]);
    expect(out?.experience?.map((j) => j.current)).toEqual([false, true]);
    expect(out?.current).toEqual({ title: 'Professor', company: 'Orvik University' });
  });
});
