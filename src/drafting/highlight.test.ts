import { describe, expect, it } from 'vitest';
import { words } from '../domain/classify.ts';
import { DRAFT_LANGUAGES, type DraftLanguage } from '../domain/language.ts';
import { type CapturedProfile, emptyProfile } from '../domain/profile.ts';
import { highlightSentence, learnFallback, learnPhrase } from './highlight.ts';
import { PHRASES } from './phrases/index.ts';
import { profileFacts } from './profile-facts.ts';
import { job } from './test-util.ts';

const NOW = Date.UTC(2026, 10, 26);
const person = (p: Partial<CapturedProfile>): CapturedProfile => ({
  ...emptyProfile('https://example.org/p', 'linkedin'),
  ...p,
});
const sentence = (p: CapturedProfile, lang: DraftLanguage = 'en') => highlightSentence(profileFacts(p, NOW), lang);
const learn = (p: CapturedProfile, lang: DraftLanguage = 'en') => learnPhrase(profileFacts(p, NOW), lang);

const MOVE = person({
  experience: [
    job('Data Scientist', 'Acme GmbH', '2022-01'),
    job('Postdoc', 'University of Eastbrook', '2018-01', '2021-12'),
  ],
});

describe('the interest sentence names one concrete fact', () => {
  it.each([
    [
      'the move',
      MOVE,
      'I noticed you went from Postdoc at the University of Eastbrook to Data Scientist at Acme GmbH.',
    ],
    [
      'the paper',
      person({
        site: 'scholar',
        publications: [{ title: 'Rivers in spring.', year: '2020', venue: null, citations: 9, url: null }],
      }),
      'I came across your paper “Rivers in spring”.',
    ],
    [
      'the company they founded',
      person({
        current: { title: 'Founder', company: 'Brightwater' },
        experience: [job('Founder', 'Brightwater', '2020-01')],
      }),
      'I was interested to see that you founded Brightwater.',
    ],
    [
      'the board seat',
      person({ experience: [job('Engineer', 'Acme', '2020-01'), job('Board Member', 'Sample Trust', '2023-01')] }),
      'Your work as Engineer at Acme caught my eye, and so did your seat on the board of the Sample Trust.',
    ],
    [
      'the topic',
      person({
        headline: 'Gen AI in Finance & Investment Services | Analyst',
        experience: [job('Analyst', 'Acme', '2020-01')],
      }),
      'Your work on generative AI in finance and investment services caught my eye.',
    ],
    [
      'the research topics',
      person({ site: 'researchgate', skills: ['Entomology', 'Ecology'] }),
      'Your research on Entomology and Ecology caught my eye.',
    ],
    [
      'the organisation',
      person({ current: { title: null, company: 'Kestrel Freight Ltd' } }),
      'Your work at Kestrel Freight Ltd caught my eye.',
    ],
    ['nothing', person({ name: 'Only A Name' }), ''],
  ])('%s', (_n, p, expected) => {
    expect(sentence(p)).toBe(expected);
  });

  it('never says "move" twice (issue 18, point 8)', () => {
    const both = `${sentence(MOVE)} I'd love to hear ${learn(MOVE)}.`;
    expect(both.match(/\bmove\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it.each([
    ['en', 'University of Eastbrook', 'at the University of Eastbrook'],
    ['en', 'Acme GmbH', 'at Acme GmbH'],
    ['en', 'Gates Sample Foundation', 'at the Gates Sample Foundation'],
    ['fr', 'Université de Lyon', "à l'Université de Lyon"],
    ['fr', 'Centre Sample de Recherche', 'au Centre Sample de Recherche'],
    ['fr', 'Acme GmbH', 'chez Acme GmbH'],
    ['de', 'Universität Hamburg', 'an der Universität Hamburg'],
    ['de', 'Institut für Sample', 'am Institut für Sample'],
    ['de', 'Acme GmbH', 'bei Acme GmbH'],
    ['es', 'Universidad de Sevilla', 'en la Universidad de Sevilla'],
    ['es', 'Instituto Sample', 'en el Instituto Sample'],
    ['es', 'Acme S.L.', 'en Acme S.L.'],
    ['fr', 'Sample Trust Foundation', 'à la Sample Trust Foundation'],
    ['de', 'Sample Trust Foundation', 'bei der Sample Trust Foundation'],
    ['de', 'Alan Sample Institute', 'beim Alan Sample Institute'],
    ['es', 'Sample Trust Foundation', 'en la Sample Trust Foundation'],
    ['es', 'Alan Sample Institute', 'en el Alan Sample Institute'],
  ] as const)('puts the right article and preposition before an organisation (%s: %s)', (lang, org, expected) => {
    expect(PHRASES[lang].at(org)).toBe(expected);
    const p = person({ current: { title: null, company: org } });
    expect(sentence(p, lang)).toContain(expected);
  });
});

describe('in every language', () => {
  const people = [
    MOVE,
    person({
      current: { title: 'Founder', company: 'Brightwater' },
      experience: [job('Founder', 'Brightwater', '2020-01')],
    }),
    person({ experience: [job('Engineer', 'Acme', '2010-01')] }),
    person({ current: { title: 'Engineer', company: 'Acme' } }),
  ];
  // Polite forms somewhere in what is said to them, familiar ones nowhere.
  const register: Record<DraftLanguage, [RegExp, RegExp]> = {
    en: [words(String.raw`\b(you|your)\b`), words(String.raw`\b(thou|thee)\b`)],
    fr: [words(String.raw`\b(vous|votre|vos)\b`), words(String.raw`\b(tu|ton|ta|tes|toi)\b`)],
    de: [/(^|\s)(Sie|Ihre?[mnrs]?)(\s|$|[,.:])/, /(^|\s)(du|dein\w*|dich|dir)(\s|$|[,.:])/],
    es: [words(String.raw`\b(su|sus|usted|le)\b`), words(String.raw`\b(tú|tu|tus|te|ti|contigo)\b`)],
  };
  it.each(DRAFT_LANGUAGES)('%s: a sentence for each fact, polite register, and a "learn" phrase', (lang) => {
    const [polite, familiar] = register[lang];
    const said: string[] = [];
    for (const p of people) {
      const s = sentence(p, lang);
      said.push(s, learn(p, lang));
      expect(s).toMatch(/[.!]$/);
      expect(s).not.toMatch(familiar);
      if (lang !== 'en') expect(s).not.toBe(sentence(p, 'en'));
      const l = learn(p, lang);
      expect(l.length).toBeGreaterThan(10);
      expect(l).not.toMatch(familiar);
    }
    expect(said.join(' ')).toMatch(polite);
    expect(learnFallback(lang).length).toBeGreaterThan(5);
  });

  it.each(DRAFT_LANGUAGES)('%s: numbers of years in words up to twenty', (lang) => {
    const p = person({ current: { title: null, company: 'Acme' }, experience: [job(null, 'Acme', '2015-01')] });
    const s = sentence(p, lang);
    expect(s).toContain({ en: 'eleven years', fr: 'onze ans', de: 'elf Jahren', es: 'once años' }[lang]);
  });
});
