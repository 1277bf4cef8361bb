// What the drafting says about a career must be what the profile shows: the email's two sentences
// agree, a stint is counted from the person's latest arrival, side ventures are "alongside" only
// when they came later, internships and roles held at the same time are no career moves.
// All people here are made up.
import { describe, expect, it } from 'vitest';
import { DRAFT_LANGUAGES } from '../domain/language.ts';
import { type CapturedProfile, type Education, emptyProfile } from '../domain/profile.ts';
import { highlightSentence, learnPhrase } from './highlight.ts';
import { PHRASES } from './phrases/index.ts';
import { profileFacts } from './profile-facts.ts';
import { type QuestionIdea, questionIdeas } from './questions.ts';
import { SAMPLE_SETTINGS } from './samples.ts';
import { job } from './test-util.ts';

const NOW = Date.UTC(2026, 10, 26);
const edu = (school: string, start: string, end: string): Education => ({
  school,
  degree: 'BSc',
  field: 'Engineering',
  start,
  end,
});
const person = (p: Partial<CapturedProfile>): CapturedProfile => ({
  ...emptyProfile('https://example.org/p', 'linkedin'),
  name: 'Rowan Testerby',
  ...p,
});
const ideas = (p: CapturedProfile, lang: (typeof DRAFT_LANGUAGES)[number] = 'en'): QuestionIdea[] => [
  ...questionIdeas(p, SAMPLE_SETTINGS, { now: NOW, count: 100 }, lang),
  ...questionIdeas(p, SAMPLE_SETTINGS, { now: NOW, offset: 100, count: 100 }, lang),
];
const idea = (p: CapturedProfile, id: string) => ideas(p).find((q) => q.id === id || q.id.startsWith(`${id}:`));
const email = (p: CapturedProfile, lang: (typeof DRAFT_LANGUAGES)[number] = 'en') => {
  const f = profileFacts(p, NOW);
  return { hook: highlightSentence(f, lang), learn: learnPhrase(f, lang) };
};

describe('the interest sentence and the learn phrase come from one hook', () => {
  const paperAndMove = person({
    site: 'researchgate',
    experience: [
      job('PhD Student', 'University of Eastbrook', '2023-01'),
      job('Research Assistant', 'Westfield University', '2019-01', '2022-12'),
    ],
    publications: [{ title: 'Soil moisture in sample fields', year: '2024', venue: null, citations: 4, url: null }],
  });

  it('a paper in the first sentence is followed by research, not "change course"', () => {
    const { hook, learn } = email(paperAndMove);
    expect(hook).toContain('paper');
    expect(learn).toBe(PHRASES.en.learn.research);
  });

  it.each(DRAFT_LANGUAGES)('%s: no change-of-course phrase after a hook that is not a change of course', (lang) => {
    expect(email(paperAndMove, lang).learn).not.toBe(PHRASES[lang].learn.move);
  });

  const sameJobElsewhere = person({
    experience: [
      job('Software Engineer', 'Beta Widgets', '2022-01'),
      job('Software Engineer', 'Alpha Widgets', '2019-01', '2021-12'),
    ],
  });

  it('the same title at another organisation is a move between organisations, never a change of course', () => {
    const { hook, learn } = email(sameJobElsewhere);
    expect(hook).toBe('I noticed you joined Beta Widgets after your time at Alpha Widgets.');
    expect(learn).toBe('what made you move to Beta Widgets, and how the work there compares');
    expect(idea(sameJobElsewhere, 'origin:move')?.text).toBe('What made you move from Alpha Widgets to Beta Widgets?');
  });

  it.each(DRAFT_LANGUAGES)('%s: the move between organisations names the new one in both sentences', (lang) => {
    const { hook, learn } = email(sameJobElsewhere, lang);
    expect(hook).toContain('Beta Widgets');
    expect(learn).toContain('Beta Widgets');
    expect(learn).not.toBe(PHRASES[lang].learn.move);
  });

  it('a real change of function still asks what made them change course', () => {
    const p = person({
      experience: [
        job('Data Scientist', 'Beta Widgets', '2022-01'),
        job('Postdoctoral Researcher', 'University of Eastbrook', '2018-01', '2021-12'),
      ],
    });
    expect(email(p).learn).toBe(PHRASES.en.learn.move);
  });
});

describe('tenure is the current unbroken stint, and a return is asked as one', () => {
  const cameBack = person({
    education: [edu('University of Eastbrook', '2012-09', '2016-06')],
    experience: [
      job('Senior Engineer', 'Acme Labs', '2022-03'),
      job('Engineer', 'Other Co', '2020-09', '2021-08'),
      job('Engineer', 'Acme Labs', '2016-09', '2020-08'),
    ],
  });

  it('counts from the return, not the first arrival', () => {
    expect(profileFacts(cameBack, NOW)?.tenure).toBeNull(); // four years since 2022-03, not ten since 2016
    expect(ideas(cameBack).map((q) => q.id)).not.toContain('origin:tenure');
  });

  it('asks what brought them back instead of a plain move', () => {
    const q = idea(cameBack, 'origin:returned');
    expect(q?.text).toBe('What brought you back to Acme Labs?');
    expect(q?.basis).toBe('Engineer, Acme Labs (2016–2020) → Senior Engineer, Acme Labs');
    expect(idea(cameBack, 'origin:move')).toBeUndefined();
  });

  it('a long stint after a return has the return date as its basis', () => {
    const longAgo = person({
      experience: [
        job('Lead', 'Acme Labs', '2015-03'),
        job('Engineer', 'Other Co', '2013-01', '2015-02'),
        job('Engineer', 'Acme Labs', '2008-01', '2012-12'),
      ],
    });
    expect(profileFacts(longAgo, NOW)?.tenure).toEqual({ since: '2015-03', years: 11 });
    expect(idea(longAgo, 'origin:tenure')?.basis).toBe('Acme Labs since March 2015');
  });

  it('promotions without a gap stay one stint, and a slogan after the name is the same organisation', () => {
    const p = person({
      current: { title: 'Principal Engineer', company: 'Acme Labs - We are hiring' },
      experience: [
        job('Principal Engineer', 'Acme Labs - We are hiring', '2019-01'),
        job('Engineer', 'Acme Labs', '2014-01', '2018-12'),
      ],
    });
    expect(profileFacts(p, NOW)?.tenure).toEqual({ since: '2014-01', years: 12 });
    expect(profileFacts(p, NOW)?.returned).toBeNull();
  });
});

describe('a venture is "alongside" the main role only when it started after it', () => {
  const main = job('Director', 'Sample Foundation', '2015-01');
  it('started before the main role: asked how the two fit together', () => {
    const p = person({
      current: { title: 'Director', company: 'Sample Foundation' },
      experience: [main, job('Founder', 'Later Ventures', '2020-01'), job('Co-founder', 'Earlier Ventures', '2005-01')],
    });
    const q = idea(p, 'origin:side-founder');
    expect(q?.text).toBe('You started Earlier Ventures before your current role: how do the two fit together today?');
    for (const lang of DRAFT_LANGUAGES)
      expect(
        ideas(p, lang)
          .map((x) => x.text)
          .join(' '),
      ).toContain('Earlier Ventures');
  });
  it('started after: "alongside your main work"', () => {
    const p = person({
      current: { title: 'Director', company: 'Sample Foundation' },
      experience: [main, job('Founder', 'Newest Ventures', '2022-01'), job('Co-founder', 'Later Ventures', '2018-01')],
    });
    expect(idea(p, 'origin:side-founder')?.text).toBe('What led you to start Later Ventures alongside your main work?');
  });
});

describe('internships are the road in, not career moves', () => {
  it('intern → first job at another organisation is no move, and the email does not say "change course"', () => {
    const p = person({
      education: [edu('University of Eastbrook', '2016-09', '2020-06')],
      experience: [
        job('Account Executive', 'Beta Media', '2020-09'),
        job('Marketing Intern', 'Alpha Ads', '2019-06', '2020-08'),
      ],
    });
    expect(profileFacts(p, NOW)?.move).toBeNull();
    expect(idea(p, 'origin:move')).toBeUndefined();
    expect(email(p).learn).not.toBe(PHRASES.en.learn.move);
  });
  it('internship → internship is no move', () => {
    const p = person({
      experience: [
        job('Data Intern', 'Beta Labs', '2026-06'),
        job('Web Development Intern', 'Alpha Soft', '2026-01', '2026-05'),
      ],
    });
    expect(profileFacts(p, NOW)?.move).toBeNull();
    expect(email(p).hook).not.toContain('went from');
  });
  it('intern → full-time at the same organisation is no move', () => {
    const p = person({
      experience: [
        job('Account Executive', 'Beta Media', '2020-09'),
        job('Advertising Intern', 'Beta Media', '2020-01', '2020-08'),
      ],
    });
    expect(idea(p, 'origin:move')).toBeUndefined();
  });
});

describe('roles held at the same time are no succession; without education, no "after studies"', () => {
  const clubs = person({
    // An experience-only page: no education captured.
    experience: [
      job('Engineer', 'Acme Industrial', '2019-12'),
      job('Engineer', 'Small Startup', '2018-09', '2019-12'),
      job('Project Manager', 'Eastbrook University Web Club', '2018-09', '2019-04'),
      job('Software Lead', 'Eastbrook Rocketry Team', '2018-08', '2019-04'),
    ],
  });
  it('no "quick succession" for overlapping stints', () => {
    expect(profileFacts(clubs, NOW)?.shortStints).toEqual([]);
    expect(idea(clubs, 'origin:short-stints')).toBeUndefined();
  });
  it('no "returned to industry" when the academic stint may have been their studies', () => {
    expect(profileFacts(clubs, NOW)?.backAndForth).toBeNull();
  });
  it('successive short stints are still a succession', () => {
    const p = person({
      education: [edu('University of Eastbrook', '2010-09', '2014-06')],
      experience: [
        job('Engineer', 'Delta Co', '2020-01'),
        job('Engineer', 'Gamma Co', '2019-01', '2019-12'),
        job('Engineer', 'Beta Co', '2018-01', '2018-12'),
        job('Engineer', 'Alpha Co', '2017-01', '2017-12'),
      ],
    });
    expect(idea(p, 'origin:short-stints')?.text).toBe(
      'You worked at Gamma Co, Beta Co and Alpha Co in quick succession: what did each move teach you?',
    );
  });
});
