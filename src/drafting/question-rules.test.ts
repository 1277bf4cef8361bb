import { describe, expect, it } from 'vitest';
import { DRAFT_LANGUAGES } from '../domain/language.ts';
import {
  type CapturedProfile,
  type Education,
  emptyProfile,
  type Position,
  type Publication,
} from '../domain/profile.ts';
import { type QuestionIdea, questionIdeas } from './questions.ts';
import { SAMPLE_SETTINGS } from './samples.ts';

const NOW = Date.UTC(2026, 10, 26);
const job = (
  title: string | null,
  company: string | null,
  start: string | null,
  end: string | null = null,
  location: string | null = null,
): Position => ({ title, company, location, start, end, current: end === null, description: null });
const edu = (school: string, degree: string | null, field: string | null, start: string, end: string): Education => ({
  school,
  degree,
  field,
  start,
  end,
});
const person = (p: Partial<CapturedProfile>): CapturedProfile => ({
  ...emptyProfile('https://example.org/p', 'linkedin'),
  name: 'Test Person',
  ...p,
});
const all = (p: CapturedProfile, lang: (typeof DRAFT_LANGUAGES)[number] = 'en'): QuestionIdea[] => [
  ...questionIdeas(p, SAMPLE_SETTINGS, { now: NOW, count: 100 }, lang),
  ...questionIdeas(p, SAMPLE_SETTINGS, { now: NOW, offset: 100, count: 100 }, lang),
];
const ids = (p: CapturedProfile) => all(p).map((q) => q.id.replace(/:[^:]*[A-Z].*$/, ''));
const paper = (title: string, citations: number | null): Publication => ({
  title,
  year: '2020',
  venue: null,
  citations,
  url: null,
});

describe('career shape, role kinds, text and research: each rule fires on its fact and stays quiet without it', () => {
  it.each([
    [
      'academia → industry → academia',
      person({
        experience: [
          job('Lecturer', 'University of Eastbrook', '2022-01'),
          job('Data Scientist', 'Acme GmbH', '2018-01', '2021-12'),
          job('Postdoctoral Researcher', 'University of Eastbrook', '2015-01', '2017-12'),
        ],
      }),
      ['origin:back-and-forth'],
      [],
    ],
    [
      'one move only: no round trip',
      person({
        experience: [
          job('Data Scientist', 'Acme GmbH', '2018-01'),
          job('Postdoc', 'University of Eastbrook', '2015-01', '2017-12'),
        ],
      }),
      ['origin:move'],
      ['origin:back-and-forth'],
    ],
    [
      'an internship before academia is not a round trip',
      person({
        experience: [
          job('Data Scientist', 'Acme GmbH', '2020-01'),
          job('Research Assistant', 'University of Eastbrook', '2016-01', '2019-12'),
          job('Analyst Intern', 'Beta Ltd', '2015-06', '2015-09'),
        ],
      }),
      [],
      ['origin:back-and-forth'],
    ],
    [
      'studies → first job',
      person({
        experience: [job('Junior Analyst', 'Acme Ltd', '2024-09')],
        education: [edu('Lakemoor College', 'BSc', 'Economics', '2021', '2024')],
      }),
      ['origin:first-job'],
      [],
    ],
    [
      'years of work after the studies: no "first job"',
      person({
        experience: [
          job('Analyst', 'Acme Ltd', '2024-09'),
          job('Clerk', 'Beta Ltd', '2010-01', '2024-08'),
          job('Clerk', 'Gamma', '2005-01', '2009-12'),
          job('Clerk', 'Delta', '2000-01', '2004-12'),
        ],
        education: [edu('Lakemoor College', 'BSc', 'Economics', '1996', '1999')],
      }),
      [],
      ['origin:first-job'],
    ],
    [
      'a change of country',
      person({
        experience: [
          job('Designer', 'Acme GmbH', '2022-01', null, 'Berlin, Germany'),
          job('Designer', 'Beta S.L.', '2018-01', '2021-12', 'Madrid, Spain'),
        ],
      }),
      ['origin:country'],
      [],
    ],
    [
      'the same country throughout',
      person({
        experience: [
          job('Designer', 'Acme GmbH', '2022-01', null, 'Berlin, Germany'),
          job('Designer', 'Beta GmbH', '2018-01', '2021-12', 'Munich, Germany'),
        ],
      }),
      [],
      ['origin:country'],
    ],
    [
      'many short stints',
      person({
        experience: [
          job('Engineer', 'Acme', '2024-01'),
          job('Engineer', 'Beta', '2023-01', '2023-10'),
          job('Engineer', 'Gamma', '2022-01', '2022-12'),
          job('Engineer', 'Delta', '2021-01', '2021-11'),
        ],
      }),
      ['origin:short-stints'],
      [],
    ],
    [
      'long stays are not stints',
      person({
        experience: [
          job('Engineer', 'Acme', '2024-01'),
          job('Engineer', 'Beta', '2020-01', '2023-10'),
          job('Engineer', 'Gamma', '2017-01', '2019-12'),
          job('Engineer', 'Delta', '2014-01', '2016-11'),
        ],
      }),
      [],
      ['origin:short-stints'],
    ],
    [
      'a founder now',
      person({
        current: { title: 'Co-founder & CEO', company: 'Brightwater' },
        experience: [job('Co-founder & CEO', 'Brightwater', '2019-01')],
      }),
      ['origin:founded', 'organisation:founder-team'],
      ['training:founded-before', 'origin:tenure', 'organisation:hindsight'],
    ],
    [
      'founded something before',
      person({ experience: [job('Engineer', 'Acme', '2021-01'), job('Founder', 'Old Press', '2016-01', '2020-12')] }),
      ['training:founded-before'],
      ['origin:founded'],
    ],
    [
      'back to study after years of work',
      person({
        experience: [job('Designer', 'Acme', '2020-01'), job('Architect', 'Beta', '2012-01', '2017-12')],
        education: [
          edu('Sample School', 'MA', 'Interaction Design', '2018', '2019'),
          edu('Sample University', 'BA', 'Architecture', '2007', '2011'),
        ],
      }),
      ['training:return-to-study'],
      [],
    ],
    [
      'studies straight after school: no return to study',
      person({
        experience: [job('Designer', 'Acme', '2020-01')],
        education: [
          edu('Sample University', 'BA', 'Design', '2016', '2019'),
          edu('Sample High School', null, null, '2012', '2016'),
        ],
      }),
      [],
      ['training:return-to-study'],
    ],
    [
      'a student',
      person({
        current: { title: 'MSc Student', company: 'University of Eastbrook' },
        experience: [job('MSc Student', 'University of Eastbrook', '2025-09')],
      }),
      ['work:student', 'organisation:student-place'],
      ['organisation:culture', 'organisation:hindsight', 'work:week', 'future:org'],
    ],
    [
      'an intern',
      person({ experience: [job('Marketing Intern', 'Acme', '2026-06')] }),
      ['work:intern'],
      ['work:student'],
    ],
    [
      'a postdoc',
      person({ experience: [job('Postdoctoral Researcher', 'Sample University', '2025-01')] }),
      ['work:postdoc', 'work:academic-week'],
      ['work:week', 'work:research-group'],
    ],
    [
      'a professor',
      person({ experience: [job('Professor of Physics', 'Sample University', '2015-01')] }),
      ['work:research-group', 'work:academic-week'],
      ['work:postdoc'],
    ],
    [
      'a freelancer',
      person({ experience: [job('Freelance Illustrator', 'Self-employed', '2019-01')] }),
      ['work:freelancer'],
      ['organisation:culture'],
    ],
    ['a recruiter', person({ experience: [job('Technical Recruiter', 'Acme', '2019-01')] }), ['work:recruiter'], []],
    [
      'an employee',
      person({ experience: [job('Engineer', 'Acme', '2019-01')] }),
      ['work:week', 'organisation:culture'],
      ['work:recruiter', 'work:freelancer', 'work:student', 'work:intern'],
    ],
    [
      'a board seat alongside',
      person({
        experience: [
          job('Engineer', 'Acme', '2019-01'),
          job('Member of the Supervisory Board', 'Stadtwerke Sample AG', '2023-01'),
        ],
      }),
      ['work:side-board'],
      ['work:side', 'origin:side'],
    ],
    [
      'an advisory role alongside',
      person({ experience: [job('Engineer', 'Acme', '2019-01'), job('Advisor', 'Sample Fund', '2023-01')] }),
      ['work:side-advisor'],
      ['work:side', 'origin:side'],
    ],
    [
      'volunteering alongside',
      person({ experience: [job('Engineer', 'Acme', '2019-01'), job('Volunteer', 'Sample Food Bank', '2023-01')] }),
      ['work:side-volunteer'],
      ['work:side', 'origin:side'],
    ],
    [
      'another role alongside',
      person({ experience: [job('Engineer', 'Acme', '2019-01'), job('Podcast Host', 'Sample Talks', '2023-01')] }),
      ['work:side', 'origin:side'],
      ['work:side-board'],
    ],
    [
      'a headline topic',
      person({
        headline: 'Gen AI in Finance | Data Scientist',
        experience: [job('Data Scientist', 'Acme', '2019-01')],
      }),
      ['future:topic'],
      [],
    ],
    [
      'a headline that is only a role and a keyword list',
      person({ headline: 'Data Scientist | NLP Python BERT', experience: [job('Data Scientist', 'Acme', '2019-01')] }),
      [],
      ['future:topic', 'origin:topic'],
    ],
    [
      'an About with a focus',
      person({ about: 'I focus on flood maps for small towns.', experience: [job('Engineer', 'Acme', '2019-01')] }),
      ['work:focus'],
      [],
    ],
    [
      'an About without one',
      person({ about: 'Happy to connect!', experience: [job('Engineer', 'Acme', '2019-01')] }),
      [],
      ['work:focus'],
    ],
    [
      'Scholar interests and the most-cited paper',
      person({
        site: 'scholar',
        current: { title: 'Professor', company: 'Sample University' },
        skills: ['hydrology', 'remote sensing'],
        publications: [paper('Less cited', 3), paper('Most cited', 300)],
      }),
      ['work:interests', 'origin:paper', 'future:paper'],
      ['training:skills', 'origin:topics'],
    ],
    [
      'ResearchGate topics',
      person({
        site: 'researchgate',
        current: { title: null, company: 'Sample University' },
        skills: ['Entomology', 'Ecology'],
      }),
      ['origin:topics', 'work:research-now'],
      ['work:interests', 'training:skills', 'training:key-skills'],
    ],
    [
      'a skill from another function',
      person({ experience: [job('Data Scientist', 'Acme', '2019-01')], skills: ['Python', 'UX Research', 'SQL'] }),
      ['training:standout-skill'],
      [],
    ],
    [
      'skills of the same function',
      person({ experience: [job('Data Scientist', 'Acme', '2019-01')], skills: ['Machine Learning', 'Data Analysis'] }),
      [],
      ['training:standout-skill'],
    ],
  ])('%s', (_name, p, present, absent) => {
    const got = ids(p);
    for (const id of present) expect(got).toContain(id);
    for (const id of absent) expect(got).not.toContain(id);
  });

  it('picks the most-cited paper, and the first one when none has a count', () => {
    const cited = person({ site: 'scholar', publications: [paper('Less cited', 3), paper('Most cited', 300)] });
    expect(all(cited).find((q) => q.id === 'origin:paper')!.text).toContain('“Most cited”');
    const uncounted = person({ site: 'scholar', publications: [paper('First listed', null), paper('Second', null)] });
    expect(all(uncounted).find((q) => q.id === 'origin:paper')!.text).toContain('“First listed”');
  });
});

describe('role kinds are phrased for what they are, in every language', () => {
  const sideProject = /side project|projet parallèle|Nebenprojekt|proyecto paralelo/i;
  const seats = [
    job('Member of the Board', 'Sample Trust', '2023-01'),
    job('Advisor', 'Sample Fund', '2023-01'),
    job('Volunteer', 'Sample Food Bank', '2023-01'),
  ];
  it.each(DRAFT_LANGUAGES)('a board seat, an advisory role or volunteering is never a side project (%s)', (lang) => {
    for (const seat of seats) {
      const qs = all(person({ experience: [job('Engineer', 'Acme', '2019-01'), seat] }), lang);
      const about = qs.filter((q) => q.basis?.includes(seat.company!));
      expect(about.length).toBeGreaterThan(0);
      for (const q of qs) expect(q.text).not.toMatch(sideProject);
    }
  });

  it.each(DRAFT_LANGUAGES)('a student is never asked about their team (%s)', (lang) => {
    const student = person({
      current: { title: 'PhD Student', company: 'University of Eastbrook' },
      experience: [job('PhD Student', 'University of Eastbrook', '2024-09')],
    });
    for (const q of all(student, lang)) expect(q.text).not.toMatch(/\b(team|équipe|Team|equipo)s?\b/);
  });

  it.each([
    ['en', 'What does your seat on the board of the Sample Trust involve'],
    ['fr', "conseil d'administration de Sample Trust"],
    ['de', 'Board-Mandat bei Sample Trust'],
    ['es', 'su puesto en el consejo de Sample Trust'],
  ] as const)('a board seat reads as one (%s)', (lang, text) => {
    const p = person({ experience: [job('Engineer', 'Acme', '2019-01'), seats[0]!] });
    expect(
      all(p, lang)
        .map((q) => q.text)
        .join('\n'),
    ).toContain(text);
  });
});

describe('the two-skills question', () => {
  const skillsOf = (skills: string[]) =>
    all(person({ skills })).find((q) => q.id.startsWith('training:skills'))?.text ?? null;

  it('never offers a skill and a narrower name for it as a choice', () => {
    expect(skillsOf(['Databases', 'Relational Databases', 'Python'])).toBe(
      'Of Databases and Python, which do you rely on most, and which did you have to learn on the job?',
    );
    expect(skillsOf(['Databases', 'Relational Databases'])).toBeNull();
  });

  it('still asks about two distinct skills', () => {
    expect(skillsOf(['Figma', 'Usability testing'])).toMatch(/^Of Figma and Usability testing, /);
  });
});
