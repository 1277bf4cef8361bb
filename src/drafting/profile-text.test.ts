import { describe, expect, it } from 'vitest';
import { aboutFocus, headlineParts, naturalEnglish } from './profile-text.ts';

describe('headlineParts', () => {
  it('splits at " | ", " · ", " @ " and commas, and sorts roles, organisations and topics', () => {
    const h = headlineParts('Gen AI in Finance & Investment Services | Data Scientist · Ex-Quant, NLP Python BERT');
    expect(h.roles).toEqual(['Data Scientist', 'Ex-Quant']);
    expect(h.topics).toEqual([
      {
        subject: 'Gen AI',
        domain: 'Finance & Investment Services',
        interest: false,
        source: 'Gen AI in Finance & Investment Services',
      },
    ]);
  });

  it.each([
    ['role @ organisation', 'Founder @ Greenleaf', { roles: ['Founder'], organisations: ['Greenleaf'] }],
    [
      'role at organisation',
      'Senior Engineer at Acme GmbH',
      { roles: ['Senior Engineer'], organisations: ['Acme GmbH'] },
    ],
    ['a known organisation', 'Professor of Hydrology, Sample Univeristy', { organisations: ['Sample Univeristy'] }],
    ['a university by its name', 'Lecturer, University of Eastbrook', { organisations: ['University of Eastbrook'] }],
  ])('%s', (_n, headline, expected) => {
    const h = headlineParts(headline, ['Sample Univeristy']);
    expect(h).toMatchObject(expected);
    expect(h.topics).toEqual([]);
  });

  it.each([
    ['a keyword list', 'NLP Python BERT'],
    ['a recruiting slogan', "We're hiring!"],
    ['an invitation', 'Come and build the future with us'],
    ['a certification code', 'AWS SAA'],
    ['a count', '2x AWS'],
    ['a degree', 'PhD (Geography)'],
    ['a lone word', 'Leadership'],
    ['a badge', 'Diamond League in Cloud Skills'],
  ])('never makes a topic of %s', (_n, part) => {
    expect(headlineParts(`Data Scientist | ${part}`).topics).toEqual([]);
  });

  it('recognises declared interests, and topics written without spaces', () => {
    expect(headlineParts('Engineer | Serverless Enthusiast').topics[0]).toMatchObject({
      subject: 'Serverless',
      interest: true,
    });
    expect(headlineParts('データサイエンティスト｜需要予測・因果推論')).toMatchObject({
      roles: ['データサイエンティスト'],
      topics: [{ subject: '需要予測・因果推論' }],
    });
  });

  it('handles an empty or missing headline', () => {
    expect(headlineParts(null)).toEqual({ roles: [], organisations: [], topics: [] });
    expect(headlineParts('  ')).toEqual({ roles: [], organisations: [], topics: [] });
  });
});

describe('naturalEnglish', () => {
  it.each([
    ['Gen AI', 'generative AI'],
    ['Finance & Investment Services', 'finance and investment services'],
    ['Machine Learning for Python Developers', 'machine learning for Python developers'],
    ['ML Ops', 'machine learning ops'],
  ])('%s → %s', (a, b) => expect(naturalEnglish(a)).toBe(b));
});

describe('aboutFocus', () => {
  it.each([
    [
      'I focus on making analysts faster without hiding uncertainty. Other things.',
      'making analysts faster without hiding uncertainty',
    ],
    ['Designer. I specialize in accessible health apps.', 'accessible health apps'],
    ['Mes recherches portent sur la mobilité urbaine.', 'la mobilité urbaine'],
    ['Mein Schwerpunkt liegt auf Wasserstoffspeichern.', 'Wasserstoffspeichern'],
    ['Me especializo en finanzas sostenibles.', 'finanzas sostenibles'],
  ])('finds the stated focus in %s', (about, phrase) => {
    expect(aboutFocus(about)?.phrase).toBe(phrase);
  });

  it('finds nothing when the About states no focus', () => {
    expect(aboutFocus('Hello! Happy to connect.')).toBeNull();
    expect(aboutFocus(null)).toBeNull();
  });
});
