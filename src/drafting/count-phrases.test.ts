// A count in a question's basis or an email sentence agrees with its number ("1 citation", "one year"),
// in every language the drafting writes. The people here are made up.
import { describe, expect, it } from 'vitest';
import { type CapturedProfile, emptyProfile } from '../domain/profile.ts';
import { PHRASES } from './phrases/index.ts';
import { questionIdeas } from './questions.ts';
import { SAMPLE_SETTINGS } from './samples.ts';

const NOW = Date.UTC(2026, 10, 26);
const person = (p: Partial<CapturedProfile>): CapturedProfile => ({
  ...emptyProfile('https://example.org/p', 'scholar'),
  name: 'Rowan Testerby',
  ...p,
});
const idea = (p: CapturedProfile, id: string) =>
  questionIdeas(p, SAMPLE_SETTINGS, { now: NOW, count: 100 }).find((q) => q.id === id);

describe('counts agree with their number', () => {
  it('"1 citation", "2 citations"', () => {
    const withPaper = (citations: number) =>
      person({
        site: 'scholar',
        publications: [{ title: 'A sample study', year: '2018', venue: null, citations, url: null }],
      });
    expect(idea(withPaper(1), 'origin:paper')?.basis).toBe('A sample study, 2018, 1 citation');
    expect(idea(withPaper(2), 'origin:paper')?.basis).toBe('A sample study, 2018, 2 citations');
  });
  it.each([
    ['en', 'one year'],
    ['fr', 'un an'],
    ['de', 'einem Jahr'],
    ['es', 'un año'],
  ] as const)('%s: one year is singular', (lang, expected) => {
    expect(PHRASES[lang].years(1)).toBe(expected);
    expect(PHRASES[lang].years(2)).not.toContain(expected);
  });
});
