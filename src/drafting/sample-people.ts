// Six made-up people, shaped like what the capture returns from the layouts LinkedIn, Scholar and
// ResearchGate really serve (field by field, with the same gaps): test data for the question
// ideas and the email's interest sentence, and the samples printed for review. Every name,
// organisation, paper and sentence here is invented.

import { type CapturedProfile, emptyProfile, type Position, type Publication } from '../domain/profile.ts';

const job = (
  title: string | null,
  company: string | null,
  start: string | null,
  end: string | null,
  location: string | null = null,
): Position => ({ title, company, location, start, end, current: end === null, description: null });

const base = (url: string, site: CapturedProfile['site'], layer: string): CapturedProfile => ({
  ...emptyProfile(url, site),
  connectionDegree: site === 'linkedin' ? '2nd' : null,
  sources: { name: layer, headline: layer, current: layer },
});

/** The 2026 React layout before its cards load: the top card and nothing else. */
export const SPARSE_PERSON: CapturedProfile = {
  ...base('https://www.linkedin.com/in/sample-sparse-ops/', 'linkedin', 'linkedin/react-2026'),
  name: 'Tomasz Ellery-Brand',
  headline: 'Operations',
  location: 'Leeds, England, United Kingdom',
  current: { title: null, company: 'Kestrel Freight Ltd' },
  incomplete: [{ section: 'experience', hint: 'Scroll to the Experience card, then capture again.' }],
};

/** The hashed 2025 layout: a rich headline, an About, eight positions, two schools, skills. */
export const EIGHT_POSITIONS: CapturedProfile = {
  ...base('https://www.linkedin.com/in/sample-eight-positions/', 'linkedin', 'linkedin/pvs'),
  name: 'Amara Lindqvist-Osei',
  headline: 'Gen AI in Finance & Investment Services | Data Scientist | Ex-Quant | NLP Python BERT',
  location: 'Stockholm, Sweden',
  about:
    'Data scientist working where language models meet investment research. I focus on making analysts faster without hiding the uncertainty. Before finance I spent three years in a university lab.',
  current: { title: 'Senior Data Scientist', company: 'Fjordline Capital AB' },
  experience: [
    job('Senior Data Scientist', 'Fjordline Capital AB', '2024-02', null, 'Stockholm, Sweden'),
    job('Data Scientist', 'Fjordline Capital AB', '2022-05', '2024-01', 'Stockholm, Sweden'),
    job('Quantitative Analyst', 'Hartwell & Pike Securities Ltd', '2020-09', '2022-04', 'London, United Kingdom'),
    job('Research Assistant', 'University of Eastbrook', '2017-09', '2020-08', 'Eastbrook, United Kingdom'),
    job('Teaching Assistant', 'University of Eastbrook', '2016-01', '2017-06', 'Eastbrook, United Kingdom'),
    job('Data Analyst Intern', 'Morrow Insurance plc', '2015-06', '2015-09', 'Leeds, United Kingdom'),
    job('Volunteer Tutor', 'Code Club Eastbrook', '2016-09', '2019-06'),
    job('Mentor', 'Women in Quant Finance Network', '2023-01', null),
  ],
  education: [
    { school: 'University of Eastbrook', degree: 'MSc', field: 'Statistics', start: '2015', end: '2017' },
    { school: 'Lakemoor College', degree: 'BSc', field: 'Economics', start: '2012', end: '2015' },
  ],
  skills: ['Natural Language Processing', 'Python', 'UX Research', 'Time Series Analysis'],
  sources: {
    name: 'linkedin/top-card',
    headline: 'linkedin/top-card',
    about: 'linkedin/pvs',
    experience: 'linkedin/pvs',
    education: 'linkedin/pvs',
    skills: 'linkedin/pvs',
    current: 'linkedin/pvs',
  },
};

/** A profile written in Japanese: family name first, fullwidth separators, no commas in places. */
export const JAPANESE_PERSON: CapturedProfile = {
  ...base('https://www.linkedin.com/in/sample-ja-researcher/', 'linkedin', 'linkedin/pvs'),
  name: '森下 千尋',
  headline: 'シニアデータサイエンティスト｜需要予測・因果推論',
  location: '日本 東京都 港区',
  about: '物流向けの需要予測モデルを開発しています。\n\n以前は大学で統計学の研究をしていました。',
  current: { title: 'シニアデータサイエンティスト', company: '株式会社ミナト物流' },
  experience: [
    job('シニアデータサイエンティスト', '株式会社ミナト物流', '2022-04', null, '日本 東京都'),
    job('データサイエンティスト', '株式会社ミナト物流', '2019-04', '2022-03', '日本 東京都'),
    job('研究員', '東都大学', '2016-04', '2019-03', '日本 東京都'),
  ],
  education: [{ school: '東都大学', degree: '博士', field: '統計科学', start: '2013', end: '2016' }],
  skills: ['機械学習', 'Python', '因果推論'],
};

const paper = (title: string, year: string, venue: string, citations: number): Publication => ({
  title,
  year,
  venue,
  citations,
  url: null,
});

/** Google Scholar: an affiliation line, interests, publications with citation counts; no history. */
export const SCHOLAR_PERSON: CapturedProfile = {
  ...base('https://scholar.google.com/citations?user=SAMPLEx0AAAAJ', 'scholar', 'scholar'),
  name: 'Ines Carvalho-Reyes',
  headline: 'Associate Professor of Hydrology, University of Eastbrook',
  current: { title: 'Associate Professor of Hydrology', company: 'University of Eastbrook' },
  skills: ['flood forecasting', 'snowmelt hydrology', 'remote sensing'],
  publications: [
    paper(
      'Snowpack signals in spring flood forecasts for mid-sized rivers',
      '2019',
      'Journal of Sample Hydrology',
      412,
    ),
    paper('A low-cost sensor network for alpine meltwater', '2022', 'Sample Water Letters', 88),
    paper('Teaching flood risk with open data', '2024', 'Sample Education Review', 9),
  ],
  sources: { name: 'scholar', headline: 'scholar', current: 'scholar', skills: 'scholar', publications: 'scholar' },
};

/** The logged-out public page (JSON-LD Person + experience items): twelve positions, moves between countries. */
export const TWELVE_POSITIONS: CapturedProfile = {
  ...base('https://www.linkedin.com/in/sample-twelve-positions/', 'linkedin', 'linkedin/public'),
  name: 'Rafael Okonkwo-Lind',
  headline: 'Product Designer at Velora Health GmbH · Accessibility · Former architect',
  location: 'Berlin, Germany',
  about: 'Product designer. I specialize in accessible health apps for older patients.',
  current: { title: 'Product Designer', company: 'Velora Health GmbH' },
  experience: [
    job('Product Designer', 'Velora Health GmbH', '2023-03', null, 'Berlin, Germany'),
    job('UX Designer', 'Quillon Mobility GmbH', '2022-01', '2023-02', 'Berlin, Germany'),
    job('UX Designer', 'Saltmarsh Studio', '2021-02', '2021-12', 'Madrid, Spain'),
    job('Junior UX Designer', 'Orbea Digital S.L.', '2020-01', '2021-01', 'Madrid, Spain'),
    job('Architect', 'Estudio Canela Arquitectos S.L.', '2015-09', '2018-08', 'Madrid, Spain'),
    job('Junior Architect', 'Piedra y Luz S.L.', '2013-07', '2015-08', 'Sevilla, Spain'),
    job('Architecture Intern', 'Piedra y Luz S.L.', '2012-06', '2012-09', 'Sevilla, Spain'),
    job('Founder', 'Casa Abierta Sketchbook', '2016-01', '2018-12'),
    job('Volunteer', 'Madrid Accessible City Volunteers', '2017-03', '2019-06'),
    job('Teaching Assistant', 'Universidad de Sevilla', '2011-09', '2012-06'),
    job('Sales Assistant', 'Librería Marea', '2009-06', '2010-08'),
    job('Mentor', 'Designers Over Forty', '2024-01', null),
  ],
  education: [
    { school: 'Universidad de Sevilla', degree: 'Grado', field: 'Architecture', start: '2008', end: '2013' },
    { school: 'Escuela Sample de Diseño', degree: 'Máster', field: 'Interaction Design', start: '2018', end: '2019' },
  ],
  skills: [],
  connectionDegree: null,
};

/** A founder who also sits on a company's supervisory board and advises a fund (pvs layout). */
export const FOUNDER_WITH_BOARD_SEAT: CapturedProfile = {
  ...base('https://www.linkedin.com/in/sample-founder-board/', 'linkedin', 'linkedin/pvs'),
  name: 'Dr. Henrike Vasquez-Moll',
  headline: 'Co-founder & CEO @ Brightwater Robotics | Robotics for water utilities',
  location: 'Hamburg, Germany',
  about:
    'I started Brightwater to inspect pipes without digging up streets. My work focuses on bringing field robots from the lab into everyday maintenance.',
  current: { title: 'Co-founder & CEO', company: 'Brightwater Robotics GmbH' },
  experience: [
    job('Co-founder & CEO', 'Brightwater Robotics GmbH', '2019-05', null, 'Hamburg, Germany'),
    job('Member of the Supervisory Board', 'Stadtwerke Nordhafen AG', '2023-07', null, 'Hamburg, Germany'),
    job('Advisor', 'Tidemark Climate Fund', '2024-02', null),
    job('Head of Field Robotics', 'Kranich Automation GmbH', '2015-01', '2019-04', 'Bremen, Germany'),
    job('Postdoctoral Researcher', 'Technical University of Nordheim', '2012-10', '2014-12', 'Nordheim, Germany'),
  ],
  education: [
    { school: 'Technical University of Nordheim', degree: 'Dr.-Ing.', field: 'Robotics', start: '2008', end: '2012' },
  ],
  skills: ['Robotics', 'Fundraising', 'Public Speaking'],
};

export const SAMPLE_PEOPLE = [
  ['a sparse profile (2026 layout, cards not loaded)', SPARSE_PERSON],
  ['8 positions (hashed 2025 layout)', EIGHT_POSITIONS],
  ['a Japanese profile', JAPANESE_PERSON],
  ['a Google Scholar profile', SCHOLAR_PERSON],
  ['a public profile with 12 positions', TWELVE_POSITIONS],
  ['a founder with a board seat', FOUNDER_WITH_BOARD_SEAT],
] as const;
