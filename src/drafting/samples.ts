// Synthetic people for tests, the options page's live template preview and documentation.
// Every name, organisation and sentence here is made up.

import type { DraftLanguage } from '../domain/language.ts';
import type { CapturedProfile, Position } from '../domain/profile.ts';
import { defaultSettings, type Settings, type UserProfile } from '../domain/settings.ts';

const pos = (
  title: string | null,
  company: string | null,
  start: string | null,
  end: string | null,
  description: string | null = null,
): Position => ({ title, company, location: null, start, end, current: end === null, description });

const base = (
  url: string,
): Omit<CapturedProfile, 'name' | 'headline' | 'experience' | 'education' | 'skills' | 'current'> => ({
  url,
  site: 'linkedin',
  location: null,
  about: null,
  photoUrl: null,
  connectionDegree: '2nd',
  publications: [],
  sources: {},
  incomplete: [],
});

/** Moved from secondary-school teaching into UX research. */
export const SAMPLE_CAREER_CHANGER: CapturedProfile = {
  ...base('https://www.linkedin.com/in/sample-career-changer/'),
  name: 'Marisol Quennell',
  headline: 'UX Researcher · former chemistry teacher',
  location: 'Rotterdam, Netherlands',
  current: { title: 'UX Researcher', company: 'Tidewater Mobility B.V.' },
  experience: [
    pos('UX Researcher', 'Tidewater Mobility B.V.', '2025-06', null),
    pos('Chemistry Teacher', 'Harbourside Lyceum', '2016-09', '2025-05'),
    pos(
      'Co-organiser',
      'Rotterdam Research Ops Meetup',
      '2023-01',
      null,
      'Monthly meetup for people moving into user research',
    ),
  ],
  education: [
    { school: 'Delta Teacher College', degree: 'MEd', field: 'Chemistry Education', start: '2012', end: '2016' },
  ],
  skills: ['Usability testing', 'Interviewing', 'Survey design'],
};

/** Doctorate in physics, now a data scientist, same employer for years. */
export const SAMPLE_PHD_IN_INDUSTRY: CapturedProfile = {
  ...base('https://www.linkedin.com/in/sample-phd-industry/'),
  name: 'Dr. Oluwaseun Brandvold',
  headline: 'Senior Data Scientist at Northwind Grid Analytics',
  location: 'Oslo, Norway',
  current: { title: 'Senior Data Scientist', company: 'Northwind Grid Analytics AS' },
  experience: [
    pos('Senior Data Scientist', 'Northwind Grid Analytics AS', '2021-03', null),
    pos('Data Scientist', 'Northwind Grid Analytics AS', '2018-01', '2021-02'),
    pos('Postdoctoral Researcher', 'University of Eastvale', '2015-09', '2017-12'),
  ],
  education: [
    { school: 'University of Eastvale', degree: 'PhD', field: 'Condensed Matter Physics', start: '2011', end: '2015' },
  ],
  skills: ['Python', 'Time-series forecasting', 'Bayesian statistics', 'SQL'],
};

/** Little more than a name (in Japanese script) and a job title: the common case for a quick capture. */
export const SAMPLE_SPARSE: CapturedProfile = {
  ...base('https://www.linkedin.com/in/sample-sparse/'),
  name: '早川 緑',
  headline: 'プロダクトマネージャー',
  location: null,
  current: { title: 'プロダクトマネージャー', company: null },
  experience: [],
  education: [],
  skills: [],
  connectionDegree: '3rd',
};

export const SAMPLE_PROFILES = [SAMPLE_CAREER_CHANGER, SAMPLE_PHD_IN_INDUSTRY, SAMPLE_SPARSE] as const;

/** A student in Berlin exploring a move from lab science into product work. */
export const SAMPLE_SETTINGS: Settings = {
  ...defaultSettings('Europe/Berlin'),
  user: {
    name: 'Jonah Ferreira-Lutz',
    email: 'jonah.sample@example.org',
    position: 'a final-year MSc student in environmental science',
    field: 'product roles in climate tech',
    background: 'Three years of lab work on soil samples and field sensors.',
    goals: 'Understand how people switch from research into product roles, and which skills to learn first.',
    pitch:
      'I have spent three years building sensor set-ups for soil research and I am curious about turning that kind of work into products.',
    signature: 'Jonah Ferreira-Lutz\nMSc Environmental Science, final year\njonah.sample@example.org',
  },
  availability: {
    timeZone: 'Europe/Berlin',
    meetingMinutes: 20,
    windows: [
      { day: 1, start: '10:00', end: '12:00' },
      { day: 2, start: '14:00', end: '17:00' },
      { day: 3, start: '10:00', end: '12:00' },
      { day: 4, start: '14:00', end: '17:00' },
      { day: 5, start: '09:00', end: '11:00' },
    ],
  },
};

/** A made-up user writing in each language, so a whole draft is in one language (SAMPLE_SETTINGS.user is English). */
export const SAMPLE_USER_IN: Record<DraftLanguage, Partial<UserProfile>> = {
  en: {},
  fr: {
    position: "étudiant en dernière année de master en sciences de l'environnement",
    field: 'les métiers du produit dans les technologies du climat',
    pitch: 'Depuis trois ans, je conçois des capteurs pour la recherche sur les sols.',
  },
  de: {
    position: 'Masterstudent der Umweltwissenschaften im letzten Jahr',
    field: 'Produktrollen im Klimatechnik-Bereich',
    pitch: 'Seit drei Jahren baue ich Sensoraufbauten für die Bodenforschung.',
  },
  es: {
    position: 'estudiante de último año del máster en ciencias ambientales',
    field: 'los puestos de producto en tecnología climática',
    pitch: 'Llevo tres años montando sensores para la investigación de suelos.',
  },
};
