import { describe, expect, it } from 'vitest';
import { type CapturedProfile, type Education, emptyProfile, type Position } from '../domain/profile.ts';
import { defaultSettings, type Settings } from '../domain/settings.ts';
import { type QuestionIdea, questionIdeas, themeOrder, userIdea } from './questions.ts';
import {
  SAMPLE_CAREER_CHANGER,
  SAMPLE_PHD_IN_INDUSTRY,
  SAMPLE_PROFILES,
  SAMPLE_SETTINGS,
  SAMPLE_SPARSE,
} from './samples.ts';

const NOW = Date.UTC(2026, 10, 26);
const job = (
  title: string | null,
  company: string | null,
  start: string | null,
  end: string | null = null,
): Position => ({ title, company, location: null, start, end, current: end === null, description: null });
const edu = (degree: string | null, field: string | null, school = 'Sample School'): Education => ({
  school,
  degree,
  field,
  start: null,
  end: null,
});
const profile = (experience: Position[], education: Education[] = [], skills: string[] = []): CapturedProfile => ({
  ...emptyProfile('https://example.org/p', 'generic'),
  name: 'Test Person',
  experience,
  education,
  skills,
});

const all = (
  p: CapturedProfile | null,
  s: Settings = SAMPLE_SETTINGS,
  now: number | undefined = NOW,
): QuestionIdea[] => [
  ...questionIdeas(p, s, { now, count: 100 }),
  ...questionIdeas(p, s, { now, offset: 100, count: 100 }),
];
const ids = (p: CapturedProfile | null, now?: number) => all(p, SAMPLE_SETTINGS, now).map((q) => q.id);

describe('question rules: each fires on its fact and stays quiet without it', () => {
  it.each([
    [
      'academia → industry',
      profile([
        job('Data Scientist', 'Acme GmbH', '2022-01'),
        job('Postdoctoral Researcher', 'Sample University', '2019-01', '2021-12'),
      ]),
      ['origin:move', 'work:after-academia', 'training:carry-over'],
      [],
    ],
    [
      'industry → academia',
      profile([
        job('Lecturer', 'Sample University', '2022-01'),
        job('Software Engineer', 'Acme Ltd', '2015-01', '2021-12'),
      ]),
      ['origin:move', 'work:after-industry'],
      ['work:after-academia'],
    ],
    [
      'engineering → product',
      profile([job('Product Manager', 'Acme', '2021-01'), job('Software Engineer', 'Acme', '2016-01', '2020-12')]),
      ['origin:move', 'advice:similar-move'],
      ['work:after-academia', 'work:after-industry'],
    ],
    [
      'same function at another organisation: a move, but no "similar move" advice',
      profile([job('Senior Engineer', 'Acme', '2021-01'), job('Software Engineer', 'Beta', '2016-01', '2020-12')]),
      ['origin:move'],
      ['advice:similar-move', 'training:carry-over', 'work:after-academia'],
    ],
    [
      'promotion in place: no move',
      profile([job('Senior Engineer', 'Acme', '2021-01'), job('Software Engineer', 'Acme', '2016-01', '2020-12')]),
      [],
      ['origin:move', 'advice:similar-move'],
    ],
    [
      'titles it cannot classify: only the change of organisation, no sector claimed',
      profile([job('営業部長', '東京研究センター', '2021-01'), job('営業', '株式会社サンプル', '2016-01', '2020-12')]),
      ['origin:move'],
      ['work:after-academia', 'work:after-industry', 'advice:similar-move'],
    ],
    [
      'PhD',
      profile([job('Analyst', 'Acme', '2020-01')], [edu('PhD', 'Biology')]),
      ['training:doctorate', 'advice:doctorate'],
      ['training:degree'],
    ],
    [
      'other degree',
      profile([job('Analyst', 'Acme', '2020-01')], [edu('MSc', 'Analytics')]),
      ['training:degree'],
      ['training:doctorate', 'advice:doctorate'],
    ],
    [
      'education without a degree name',
      profile([job('Analyst', 'Acme', '2020-01')], [edu(null, null)]),
      [],
      ['training:degree', 'training:doctorate'],
    ],
    [
      'long tenure',
      profile([job('Lead', 'Acme', '2023-01'), job('Engineer', 'Acme', '2018-03', '2022-12')]),
      ['origin:tenure', 'organisation:tenure'],
      ['organisation:recent'],
    ],
    ['short tenure', profile([job('Engineer', 'Acme', '2023-01')]), [], ['origin:tenure', 'organisation:tenure']],
    [
      'recent move',
      profile([job('Engineer', 'Acme', '2026-06'), job('Engineer', 'Beta', '2020-01', '2026-05')]),
      ['organisation:recent', 'work:recent'],
      ['organisation:hindsight'],
    ],
    [
      'first job started recently: not a move',
      profile([job('Engineer', 'Acme', '2026-06')]),
      ['organisation:hindsight'],
      ['organisation:recent'],
    ],
    [
      'current organisation',
      profile([job('Engineer', 'Acme', '2020-01')]),
      ['organisation:culture', 'future:org'],
      ['organisation:kind'],
    ],
    [
      'no organisation',
      profile([job('Engineer', null, '2020-01')]),
      ['organisation:kind'],
      ['organisation:culture', 'future:org'],
    ],
    [
      'side project',
      profile([job('Engineer', 'Acme', '2020-01'), job('Founder', 'Side Press', '2024-01')]),
      ['work:side', 'origin:side'],
      [],
    ],
    [
      'one current role',
      profile([job('Engineer', 'Acme', '2020-01'), job('Founder', 'Old Press', '2014-01', '2016-01')]),
      [],
      ['work:side', 'origin:side'],
    ],
    [
      'skills known',
      profile([job('Engineer', 'Acme', '2020-01')], [], ['Rust', 'SQL']),
      ['training:skills'],
      ['training:key-skills'],
    ],
    ['skills unknown', profile([job('Engineer', 'Acme', '2020-01')]), ['training:key-skills'], ['training:skills']],
    [
      'education known: never "what training or education"',
      profile([job('Engineer', 'Acme', '2020-01')], [edu('BSc', 'Physics')]),
      [],
      ['training:background'],
    ],
    ['education unknown: ask about it', profile([job('Engineer', 'Acme', '2020-01')]), ['training:background'], []],
    [
      'title known: ask about a typical week',
      profile([job('Engineer', 'Acme', '2020-01')]),
      ['work:week'],
      ['work:role'],
    ],
    [
      'title unknown: ask what the work involves',
      profile([job(null, 'Acme', '2020-01')]),
      ['work:role'],
      ['work:week'],
    ],
    [
      'studied something else',
      profile([job('Product Designer', 'Acme', '2020-01')], [edu('BA', 'Medieval History')]),
      ['origin:study-change'],
      [],
    ],
    [
      'studied the same thing',
      profile([job('Product Designer', 'Acme', '2020-01')], [edu('BA', 'Product Design')]),
      [],
      ['origin:study-change'],
    ],
  ])('%s', (_name, p, present, absent) => {
    const got = ids(p, NOW);
    for (const id of present) expect(got).toContain(id);
    for (const id of absent) expect(got).not.toContain(id);
  });

  it('time-based rules stay quiet without `now`', () => {
    const p = profile([job('Lead', 'Acme', '2023-01'), job('Engineer', 'Acme', '2012-03', '2022-12')]);
    expect(ids(p, NOW)).toContain('origin:tenure');
    expect(questionIdeas(p, SAMPLE_SETTINGS, { count: 100 }).map((q) => q.id)).not.toContain('origin:tenure');
  });
});

describe('question ideas', () => {
  it('"Who else would you suggest I talk to?" is always on the first page, once, marked most important', () => {
    for (const p of [...SAMPLE_PROFILES, null]) {
      for (const count of [1, 5, 10]) {
        const page = questionIdeas(p, SAMPLE_SETTINGS, { now: NOW, count });
        const who = page.filter((q) => q.text === 'Who else would you suggest I talk to?');
        expect(who).toHaveLength(1);
        expect(who[0]!.mostImportant).toBe(true);
        expect(page.filter((q) => q.mostImportant)).toHaveLength(1);
        expect(page).toHaveLength(count);
      }
    }
  });

  it('gives at least 8 ideas for a rich profile, most of them resting on profile facts', () => {
    const page = questionIdeas(SAMPLE_PHD_IN_INDUSTRY, SAMPLE_SETTINGS, { now: NOW });
    expect(page.length).toBeGreaterThanOrEqual(8);
    expect(page.filter((q) => q.basis).length).toBeGreaterThanOrEqual(6);
    expect(new Set(page.map((q) => q.theme)).size).toBeGreaterThanOrEqual(6);
  });

  it('is deterministic, and "more ideas" pages are new ideas', () => {
    const a = questionIdeas(SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS, { now: NOW });
    expect(questionIdeas(SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS, { now: NOW })).toEqual(a);
    const b = questionIdeas(SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS, { now: NOW, offset: a.length });
    const c = questionIdeas(SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS, { now: NOW, offset: a.length + b.length });
    expect(b.length).toBeGreaterThan(0);
    const seen = [...a, ...b, ...c].map((q) => q.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(questionIdeas(SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS, { now: NOW, offset: 1000 })).toEqual([]);
  });

  it('never mentions a fact the profile does not hold', () => {
    const rich = [SAMPLE_CAREER_CHANGER, SAMPLE_PHD_IN_INDUSTRY];
    const facts = rich
      .flatMap((p) => [
        ...p.experience.flatMap((e) => [e.title, e.company]),
        ...p.education.flatMap((e) => [e.school, e.degree, e.field]),
        ...p.skills,
      ])
      .filter((x): x is string => !!x);
    for (const q of all(SAMPLE_SPARSE)) for (const f of facts) expect(q.text).not.toContain(f);
    for (const q of all(null)) expect(q.basis).toBeNull();
    // every basis names only text that is in the profile
    for (const p of SAMPLE_PROFILES) {
      const json = JSON.stringify(p);
      for (const q of all(p)) {
        for (const part of (q.basis ?? '').split(/ → |, | since /).filter((x) => x && !/^\w+ \d{4}$/.test(x)))
          expect(json).toContain(part);
      }
    }
  });

  it('inserts names in other scripts verbatim and never inflects them', () => {
    const p = profile(
      [job('مهندسة برمجيات', 'شركة المثال', '2015-01'), job('研究員', '東京大学', '2010-01', '2014-12')],
      [edu('博士', '物理学', '東京大学')],
      ['Python', 'Go'],
    );
    const qs = all(p);
    expect(qs.some((q) => q.text.includes('شركة المثال'))).toBe(true);
    expect(qs.some((q) => q.text.includes('博士'))).toBe(true);
    for (const sample of [p, ...SAMPLE_PROFILES]) {
      for (const q of all(sample)) {
        expect(q.text).not.toMatch(/['’]s\b/);
        expect(q.text).toMatch(/\?$/);
        expect(q.text).not.toMatch(/\s{2,}|\s[,.?]/);
      }
    }
  });
});

describe('theme order follows the user', () => {
  const withGoals = (goals: string, background = ''): Settings => {
    const s = defaultSettings();
    return { ...s, user: { ...s.user, goals, background } };
  };
  it.each([
    ['no goals: the natural order', '', ['origin', 'work', 'future', 'training', 'organisation', 'advice', 'next']],
    ['skills first', 'learn the skills and training I need', ['training']],
    ['organisation first', 'find out what the culture is like at companies and teams', ['organisation']],
    ['the future first', 'understand trends and where the field is going in the future', ['future']],
    ['career change puts how they got in first', 'switch careers and move into data', ['origin', 'advice']],
  ])('%s', (_name, goals, head) => {
    const order = themeOrder(withGoals(goals));
    expect(order.slice(0, head.length)).toEqual(head);
    expect(order.at(-1)).toBe('next');
  });

  it('puts the first idea of the top theme first on the page', () => {
    const page = questionIdeas(SAMPLE_PHD_IN_INDUSTRY, withGoals('which skills and training matter'), { now: NOW });
    expect(page[0]!.theme).toBe('training');
  });
});

describe('userIdea', () => {
  it('keeps the text and gives the same id for the same question', () => {
    const a = userIdea('  How do you  pick projects? ', 'work');
    expect(a).toMatchObject({ text: 'How do you pick projects?', theme: 'work', basis: null });
    expect(userIdea('how do you pick projects?').id).toBe(a.id);
    expect(userIdea('Something else?').id).not.toBe(a.id);
  });
});
