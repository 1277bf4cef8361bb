// Table tests: every synthetic fixture, every field it shows, asserted.
import { describe, expect, it, vi } from 'vitest';
import { HOSTILE_FIELDS_URL, IMG, JS_URL, RLO, SCRIPT } from '../../tests/fixtures/generate/hostile-fields.ts';
import { parseCaptureResult } from '../domain/capture-parse.ts';
import type { CapturedProfile, CaptureResult } from '../domain/profile.ts';
import { extract } from './extract.ts';
import { loadFixture } from './fixtures.ts';

// Parsing a saved page of several hundred kB with happy-dom takes seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const cache = new Map<string, CaptureResult>();
function capture(name: string): CaptureResult {
  let r = cache.get(name);
  if (!r) {
    const { doc, url } = loadFixture(name);
    r = extract(doc, url);
    cache.set(name, r);
  }
  return r;
}
function profile(name: string): CapturedProfile {
  const r = capture(name);
  if (r.kind !== 'profile') throw new Error(`${name}: ${r.reason} ${r.message}`);
  return r.profile;
}
const pos = (
  title: string,
  company: string,
  start: string | null,
  end: string | null,
  extra: Partial<CapturedProfile['experience'][number]> = {},
) => expect.objectContaining({ title, company, start, end, current: end === null && start !== null, ...extra });

describe('demo profile (classic pvs, 2022 layout)', () => {
  const p = () => profile('demo-profile.html');
  it('reads the top card', () => {
    expect(p()).toMatchObject({
      url: 'https://www.linkedin.com/in/lena-marchetti-demo/',
      site: 'linkedin',
      name: 'Lena Marchetti',
      headline: 'Senior UX Researcher at Brightwell Labs | Mixed methods, accessibility, research ops',
      location: 'Lisbon, Portugal',
      connectionDegree: '2nd',
      current: { title: 'Senior UX Researcher', company: 'Brightwell Labs' },
    });
    expect(p().photoUrl).toMatch(/^https:\/\/media\.licdn\.com\/.*profile-displayphoto/);
  });
  it('keeps About paragraphs, without the doubled hidden copy or "…see more"', () => {
    expect(p().about).toMatch(/^I help product teams understand the people they build for\./);
    expect(p().about).toContain('\n\nToday I lead');
    expect(p().about).toContain('usability testing & survey design');
    expect(p().about).not.toMatch(/see more|I help product teams.*I help product teams/s);
  });
  it('reads every position, with the grouped company on each of its roles', () => {
    expect(p().experience).toEqual([
      pos('Senior UX Researcher', 'Brightwell Labs', '2023-03', null, {
        location: 'Lisbon, Portugal',
        description: expect.stringMatching(/^Lead research/),
      }),
      pos('UX Researcher II', 'Northvale Health', '2021-01', '2023-02', { location: 'Porto, Portugal' }),
      pos('UX Researcher', 'Northvale Health', '2019-06', '2020-12'),
      pos('Postdoctoral Research Fellow', 'University of Eastbrook', '2017-09', '2019-05'),
      pos('Doctoral Researcher', 'Eastbrook Cognition Lab', '2013-10', '2017-08', { location: null }),
      pos('Research Intern', 'Quillmark Consulting', '2012-06', '2012-09', { location: 'Milan, Italy' }),
    ]);
  });
  it('reads education and skills', () => {
    expect(p().education).toEqual([
      {
        school: 'University of Eastbrook',
        degree: 'Doctor of Philosophy - PhD',
        field: 'Cognitive Psychology',
        start: '2013',
        end: '2017',
      },
      {
        school: 'Università di Valmonte',
        degree: 'Master of Science - MS',
        field: 'Human-Computer Interaction',
        start: '2010',
        end: '2012',
      },
    ]);
    expect(p().skills).toEqual([
      'User Research',
      'Usability Testing',
      'Diary Studies',
      'Survey Design',
      'Accessibility',
      'Eye Tracking',
      'Statistics (R)',
    ]);
    expect(p().incomplete).toEqual([]);
  });
  it('records the layer of every field', () => {
    expect(p().sources).toMatchObject({
      name: 'linkedin/top-card',
      experience: 'linkedin/pvs',
      education: 'linkedin/pvs',
      skills: 'linkedin/pvs',
      about: 'linkedin/pvs',
    });
  });
  it('takes nobody from "People also viewed"', () => {
    expect(JSON.stringify(p())).not.toMatch(/Okonkwo|Lindqvist|Belcourt|Strand/);
  });
});

describe('LinkedIn layouts', () => {
  it('classic pvs with a truncated skills list names what is missing', () => {
    const p = profile('linkedin-pvs-2022.html');
    expect(p).toMatchObject({
      name: 'Dana Whitfield',
      connectionDegree: '1st',
      location: 'Halifax, Nova Scotia, Canada',
    });
    expect(p.experience.map((x) => x.company)).toEqual([
      'Tidewater Robotics',
      'Harbourview Marine Works',
      'Harbourview Marine Works',
    ]);
    expect(p.skills).toEqual(['SolidWorks', 'MATLAB']);
    expect(p.incomplete).toEqual([
      expect.objectContaining({
        section: 'skills',
        shown: 2,
        total: 3,
        hint: expect.stringContaining('/in/danawhitfield/details/skills/'),
      }),
    ]);
  });
  it('hashed classes 2024: three roles under one company, Show-all counted', () => {
    const p = profile('linkedin-grouped-2024.html');
    expect(p.experience.slice(0, 3)).toEqual([
      pos('Staff Platform Engineer', 'Fjordline Systems', '2022-04', null, {
        location: 'Gothenburg, Sweden',
        description: 'Own the internal developer platform (120 services).',
      }),
      pos('Senior Platform Engineer', 'Fjordline Systems', '2020-02', '2022-03'),
      pos('Site Reliability Engineer', 'Fjordline Systems', '2018-08', '2020-01'),
    ]);
    expect(p.experience[3]).toEqual(
      pos('Backend Developer', 'Kestrel Mobile', '2016-01', '2018-07', { location: 'Malmö, Sweden' }),
    );
    expect(p.connectionDegree).toBe('3rd');
    expect(p.incomplete.map((i) => [i.section, i.shown, i.total])).toEqual([
      ['experience', 2, 3],
      ['skills', 2, 4],
    ]);
  });
  it('hashed 2025 with embedded JSON: the DOM person, not the viewer', () => {
    const p = profile('linkedin-hashed-2025-code.html');
    expect(p).toMatchObject({
      name: 'Noor Haddad',
      headline: 'Data Engineer · streaming pipelines, dbt, Kafka',
      location: 'Amman, Jordan',
      connectionDegree: '2nd',
    });
    expect(p.education).toEqual([
      {
        school: 'Petra Valley University',
        degree: 'Bachelor of Engineering - BE',
        field: 'Computer Engineering',
        start: '2014',
        end: '2018',
      },
    ]);
    expect(JSON.stringify(p)).not.toMatch(/Felix|Brandt|Northgate/);
  });
  it('raw server HTML: only the <code> JSON, and it picks the member of the URL, never the viewer', () => {
    const p = profile('linkedin-raw-code-only.html');
    expect(p).toMatchObject({
      name: 'Noor Haddad',
      headline: 'Data Engineer · streaming pipelines, dbt, Kafka',
      location: 'Amman, Jordan',
      connectionDegree: '2nd',
    });
    expect(p.photoUrl).toBe(
      'https://media.licdn.com/dms/image/v2/D4D03AQSynthetic/profile-displayphoto-shrink_400_400/0/1?e=1&t=b',
    );
    expect(p.sources.name).toBe('linkedin/code-json');
  });
  it('the same page at the viewer’s URL yields the viewer from the JSON (the slug decides)', () => {
    const { doc } = loadFixture('linkedin-raw-code-only.html');
    const r = extract(doc, 'https://www.linkedin.com/in/felix-brandt-77/');
    expect(r.kind === 'profile' && r.profile.name).toBe('Felix Brandt');
  });
  it('React 2026: top card and About by structure, lazy cards reported as incomplete', () => {
    const p = profile('linkedin-react-2026.html');
    expect(p).toMatchObject({
      name: 'Marco Vellani',
      headline: 'Engineering Manager, Payments | Building calm teams',
      location: 'Turin, Piedmont, Italy',
      connectionDegree: '2nd',
      current: { title: null, company: 'Quaystone Pay' },
      experience: [],
    });
    expect(p.about).toMatch(/^I lead a team of eleven engineers.*hiring loops\.$/);
    expect(p.photoUrl).toContain('400_400');
    expect(p.incomplete.map((i) => i.section)).toEqual(['experience', 'education', 'skills']);
    expect(JSON.stringify(p)).not.toContain('Giulia');
  });
  it('React 2026 once the cards have loaded: entries read, nothing reported missing', () => {
    const p = profile('linkedin-react-2026-loaded.html');
    expect(p.experience).toEqual([
      pos('Engineering Manager', 'Quaystone Pay', '2021-05', null, { location: 'Turin, Italy' }),
      pos('Senior Software Engineer', 'Ferrovia Labs', '2017-03', '2021-04'),
    ]);
    expect(p.education).toEqual([
      {
        school: 'Politecnico di Valdora',
        degree: 'Laurea Magistrale',
        field: 'Computer Engineering',
        start: '2011',
        end: '2016',
      },
    ]);
    expect(p.skills).toEqual(['People Management', 'Payments', 'Go']);
    expect(p.current).toEqual({ title: 'Engineering Manager', company: 'Quaystone Pay' });
    expect(p.incomplete).toEqual([]);
  });
  it('legacy Ember: readable classes, English hidden labels skipped', () => {
    const p = profile('linkedin-legacy-ember.html');
    expect(p).toMatchObject({
      name: 'Dana Whitfield',
      headline: 'Mechanical Engineer | Robotics Graduate Student',
      location: 'Halifax, Nova Scotia, Canada',
      connectionDegree: '1st',
    });
    expect(p.experience).toEqual([
      pos('Robotics Intern', 'Tidewater Robotics', '2018-05', null, {
        location: 'Halifax, Canada Area',
        description: 'Built a test rig for actuator endurance runs.',
      }),
      pos('Design Co-op', 'Harbourview Marine Works', '2017-01', '2017-08'),
      pos('Drafting Assistant', 'Harbourview Marine Works', '2016-05', '2016-08'),
    ]);
    expect(p.education[1]).toEqual({
      school: 'Northend Collegiate',
      degree: null,
      field: null,
      start: '2010',
      end: '2014',
    });
    expect(p.skills).toEqual(['SolidWorks', 'MATLAB', 'ROS']);
    expect(JSON.stringify(p)).not.toMatch(/Company Name|Dates Employed|Oskar/);
  });
  it('logged-out public page: masked values kept as shown, sidebar Person ignored', () => {
    const p = profile('linkedin-public-jsonld.html');
    expect(p).toMatchObject({
      url: 'https://www.linkedin.com/in/ines-carvalho-pt/',
      name: 'Inês Carvalho',
      location: 'Porto, Porto, Portugal',
    });
    expect(p.experience).toEqual([
      pos('Product Manager', 'Verdemar', '2022-01', null, { location: 'Porto, Portugal' }),
      pos('Associate', '******** Consulting', '2019-09', '2021-12'),
      pos('Business Analyst', 'Faroleiro', '2018-02', '2019-08'),
      pos('Intern', 'Faroleiro', '2017-07', '2018-01'),
    ]);
    expect(p.education).toEqual([
      { school: 'Universidade do Litoral', degree: 'Master’s degree', field: 'Management', start: '2015', end: '2017' },
    ]);
    expect(JSON.stringify(p)).not.toContain('Tiago');
  });
  it('details sub-pages: the full lists, for the member of the URL', () => {
    const e = profile('linkedin-details-experience.html');
    expect(e.url).toBe('https://www.linkedin.com/in/tomas-eriksen-4821/');
    expect(e.name).toBe('Tomas Eriksen');
    expect(e.experience).toHaveLength(5);
    expect(e.experience[4]).toEqual(pos('Junior Developer', 'Harbor Freight Analytics', '2014-09', '2015-12'));
    expect(JSON.stringify(e)).not.toContain('Mateus');
    const d = profile('linkedin-details-education.html');
    expect(d.education.map((x) => x.school)).toEqual(['Vastmark Institute of Technology', 'Lindholm College']);
    expect(d.education[0]).toMatchObject({ start: '2012-08', end: '2014-06' });
  });
});

describe('UI languages', () => {
  it('Japanese interface: sections by id, dates "2022年4月 - 現在"', () => {
    const p = profile('linkedin-ja.html');
    expect(p).toMatchObject({
      name: '遥 佐藤',
      location: '日本 東京都 渋谷区',
      connectionDegree: '2nd',
      current: { title: 'シニアデータサイエンティスト', company: '株式会社ミドリテック' },
    });
    expect(p.experience).toEqual([
      pos('シニアデータサイエンティスト', '株式会社ミドリテック', '2022-04', null, { location: '日本 東京都' }),
      pos('データサイエンティスト', '株式会社ミドリテック', '2020-04', '2022-03'),
      pos('リサーチアシスタント', '青葉総合研究所', '2018-04', '2020-03', { location: '日本 宮城県' }),
    ]);
    expect(p.education).toEqual([
      { school: '東都大学', degree: '修士', field: '統計科学', start: '2016', end: '2018' },
    ]);
    expect(p.skills).toEqual(['機械学習', 'Python', '因果推論']);
  });
  it('French interface: "sept. 2021 - aujourd’hui", grouped roles, hybrid suffix dropped', () => {
    const p = profile('linkedin-fr.html');
    expect(p.url).toBe('https://www.linkedin.com/in/camille-roux-design/');
    expect(p.experience).toEqual([
      pos('Designer produit senior', 'Lumenard', '2021-09', null, {
        location: 'Lyon, France',
        description: 'Refonte du parcours de prise de rendez-vous.',
      }),
      pos('Designer UX', 'Atelier Brume', '2019-02', '2021-08'),
      pos('Designer UI junior', 'Atelier Brume', '2017-08', '2019-01'),
      pos('Designer freelance', 'Indépendante', '2016-06', '2017-07'),
    ]);
    expect(p.about).toBe('Je conçois des outils pour les équipes soignantes.\nAvant : agence, puis freelance.');
  });
});

describe('not a profile', () => {
  it.each([
    ['linkedin-authwall.html', 'auth-wall'],
    ['linkedin-not-found.html', 'not-found'],
    ['linkedin-company.html', 'company'],
  ])('%s → %s, with no person', (name, reason) => {
    expect(capture(name)).toMatchObject({ kind: 'not-profile', reason, people: [] });
  });
  it('search results list the people linked, one entry each', () => {
    const r = capture('linkedin-search-results.html');
    if (r.kind !== 'not-profile') throw new Error('captured a person from search results');
    expect(r.reason).toBe('search-results');
    expect(r.people).toHaveLength(9);
    expect(r.people[1]).toEqual({
      name: 'Tomas Eriksen',
      url: 'https://www.linkedin.com/in/tomas-eriksen-4821/',
      headline: 'Platform Engineer · Kubernetes, Go, observability',
    });
    expect(r.people.map((x) => x.name)).not.toContain('Ola Brenner');
  });
  it('search results saved at a profile-looking URL are still search results', () => {
    const { doc } = loadFixture('linkedin-search-results.html');
    expect(extract(doc, 'https://www.linkedin.com/in/whatever/')).toMatchObject({
      kind: 'not-profile',
      reason: 'search-results',
    });
  });
});

describe('other sites', () => {
  it('Google Scholar, English: affiliation as headline, interests as skills', () => {
    expect(profile('scholar-en.html')).toMatchObject({
      site: 'scholar',
      name: 'Rafael Okafor',
      headline: 'Associate Professor of Civil Engineering, Kestrel Bay University',
      current: { title: 'Associate Professor of Civil Engineering', company: 'Kestrel Bay University' },
      skills: ['structural health monitoring', 'bridges', 'sensor networks'],
    });
  });
  it('Google Scholar, French interface', () => {
    expect(profile('scholar-fr.html')).toMatchObject({
      name: 'Hélène Marchand',
      current: { company: 'Université de Bellerive' },
      skills: ['écologie des sols', 'microbiome', 'agroforesterie'],
    });
  });
  it('ResearchGate: JSON-LD Person plus the page', () => {
    const p = profile('researchgate.html');
    expect(p).toMatchObject({
      site: 'researchgate',
      name: 'Björn Aaltonen',
      headline: 'PhD (Environmental Science), Nordvik Institute of Technology',
      skills: ['Hydrology', 'Peatlands', 'Carbon Cycle', 'Remote Sensing'],
    });
    expect(p.about).toMatch(/^I study peatland hydrology/);
    expect(p.sources.about).toBe('json-ld');
  });
  it('GitHub', () => {
    expect(profile('github.html')).toMatchObject({
      site: 'github',
      name: 'Kiri Tamatea',
      location: 'Wellington, New Zealand',
      current: { company: 'harbourmaps' },
      photoUrl: expect.stringContaining('avatars.githubusercontent.com'),
    });
  });
  it('generic page with JSON-LD ProfilePage (a broken block next to it costs nothing)', () => {
    expect(profile('generic-jsonld.html')).toMatchObject({
      site: 'generic',
      name: 'Sofia Brennan',
      headline: 'Head of Research',
      location: 'Galway, Ireland',
      about: 'Research lead. I write about interviewing users & running small studies.',
      skills: ['User interviews', 'Survey design', 'Service design'],
      education: [{ school: 'Westbay University', start: '2008', end: '2012' }],
    });
  });
  it('generic page with an h-card: the page’s card, not the post author’s', () => {
    expect(profile('generic-hcard.html')).toMatchObject({
      name: 'Aarav Mehta',
      current: { title: 'Staff Engineer', company: 'Tallow Systems' },
      location: 'Pune, India',
      photoUrl: 'https://aarav.example/avatar.png',
    });
  });
});

describe('hostile page', () => {
  const p = () => profile('hostile.html');
  it('returns markup-looking text as text, bounded', () => {
    expect(p().name).toBe('<script>alert("name")</script>Robin Hostile&Co');
    expect(p().about?.length).toBeLessThanOrEqual(10_000);
    expect(p().experience).toHaveLength(200);
    expect(p().skills).toHaveLength(200);
    expect(p().experience[0]?.title).toBe('Role 0 "><script>alert(0)</script>');
    expect(p().incomplete.map((i) => [i.section, i.shown, i.total])).toEqual([
      ['experience', 200, 500],
      ['skills', 200, 300],
    ]);
  });
  it('never takes a javascript: URL as the photo', () => {
    expect(p().photoUrl ?? '').not.toMatch(/^javascript:/);
  });
  it('the result survives structured cloning', () => {
    expect(structuredClone(capture('hostile.html'))).toEqual(capture('hostile.html'));
  });
});

describe('hostile fields (every field an attack; tests/e2e/hostile.test.ts runs it in Chromium)', () => {
  const p = () => profile('hostile-fields.html');
  it('keeps <script>, <img onerror> and javascript: text as text, RTL override included', () => {
    expect(p().name).toBe(`${SCRIPT}Wren ${RLO}Quillon ${IMG}`);
    expect(p().headline).toBe(`${IMG} Head of ${RLO}Mischief ${JS_URL}`);
    expect(p().location).toBe(JS_URL);
    expect(p().url).toBe(HOSTILE_FIELDS_URL);
    expect(p().current).toEqual({ title: `${SCRIPT}Chief ${RLO}Tester`, company: `${IMG}Acme Hazards` });
    expect(p().education[0]).toMatchObject({
      school: `${IMG}University of ${RLO}Nowhere`,
      degree: `${SCRIPT}MSc`,
      field: JS_URL,
    });
    expect(p().skills).toEqual([SCRIPT, IMG, JS_URL, `${RLO}Reversed`, 'Zero Width']);
  });
  it('drops zero-width characters, the javascript: photo, and bounds the 1 MB About', () => {
    expect(JSON.stringify(p())).not.toMatch(/[\u200b-\u200d\ufeff]/);
    expect(p().photoUrl).toBeNull();
    expect(p().about?.startsWith(`${SCRIPT}${IMG}${RLO}About Zero harm`)).toBe(true);
    expect(p().about?.length).toBeLessThanOrEqual(10_000);
    expect(p().experience[0]?.description?.length).toBeLessThanOrEqual(10_000);
  });
  it('passes the extension-side re-check unchanged', () => {
    const r = capture('hostile-fields.html');
    expect(parseCaptureResult(structuredClone(r))).toEqual(r);
  });
});
