import { describe, expect, it } from 'vitest';
import { type Advice, adviceLines, contentWords, recurringAdvice, stem } from './recurring-advice.ts';

const a = (text: string, interviewId: string, at = 1): Advice => ({ text, interviewId, contactName: interviewId, at });

describe('recurring advice', () => {
  it('groups advice from different interviews by a shared phrase, the phrase before its words', () => {
    const groups = recurringAdvice([
      a('Build a portfolio of small projects', 'i1', 1),
      a('Learn SQL early', 'i1', 1),
      a('A portfolio of projects beats a CV', 'i2', 2),
      a('Networking at meetups matters', 'i2', 2),
      a('Go to local meetups and network', 'i3', 3),
    ]);
    expect(groups.map((g) => [g.phrase, g.advice.map((x) => x.interviewId)])).toEqual([
      // Ties (as many interviews, as many words) in alphabetical order; "projects" and "network"
      // add nothing: they hold the same advice as "portfolio" and "meetups".
      ['meetups', ['i2', 'i3']],
      ['portfolio', ['i1', 'i2']],
    ]);
  });

  it('prefers a two-word phrase when it holds the same advice', () => {
    const groups = recurringAdvice([
      a('Talk to hiring managers directly', 'i1'),
      a('Hiring managers read cover letters', 'i2'),
    ]);
    expect(groups.map((g) => g.phrase)).toEqual(['hiring managers']);
  });

  it('never counts the same interview twice, and ignores stop words, case and accents', () => {
    expect(recurringAdvice([a('Use the data', 'i1'), a('The data matters', 'i1')])).toEqual([]);
    expect(recurringAdvice([a('and the of it', 'i1'), a('And the of it', 'i2')])).toEqual([]);
    const folded = recurringAdvice([
      a('Apply to the Fraunhofer Résidence', 'i1'),
      a('residence programmes are good', 'i2'),
    ]);
    expect(folded.map((g) => g.phrase)).toEqual(['résidence']);
  });

  it('meets word forms with a light stem', () => {
    expect(stem('networking')).toBe('network');
    expect(stem('networks')).toBe('network');
    expect(stem('studies')).toBe('study');
    expect(stem('class')).toBe('class');
    expect(contentWords("Ana's mentors").map(([k]) => k)).toEqual(['ana', 'mentor']);
  });

  it('splits takeaways into one piece of advice per line', () => {
    expect(adviceLines('- one\n\n* two\n3) three')).toEqual(['one', 'two', 'three']);
  });
});
