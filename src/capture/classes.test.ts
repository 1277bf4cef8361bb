// The five page classes the capture once got wrong on unseen pages (issue 12).
// Each synthetic fixture mirrors one class's structure with invented people;
// the rules under test are general (media players are never profile text, the
// headline is the headline element's own text, degrees are not titles...).
import { describe, expect, it, vi } from 'vitest';
import type { CapturedProfile } from '../domain/profile.ts';
import { extract } from './extract.ts';
import { loadFixture } from './fixtures.ts';

vi.setConfig({ testTimeout: 120_000 });

const cache = new Map<string, CapturedProfile>();
function profile(name: string): CapturedProfile {
  let p = cache.get(name);
  if (!p) {
    const { doc, url } = loadFixture(name);
    const r = extract(doc, url);
    if (r.kind !== 'profile') throw new Error(`${name}: ${r.reason}`);
    p = r.profile;
    cache.set(name, p);
  }
  return p;
}

type Row = [fixture: string, field: keyof CapturedProfile, expected: unknown];

const rows: Row[] = [
  // 1. Logged-out public profile, 2016-17 markup (German UI, no JSON-LD).
  ['linkedin-public-v3-de.html', 'name', 'Katrin Feldmann'],
  ['linkedin-public-v3-de.html', 'headline', 'Datenwissenschaftlerin mit Schwerpunkt Messmethoden'],
  ['linkedin-public-v3-de.html', 'location', 'Leipzig und Umgebung, Deutschland'],
  [
    'linkedin-public-v3-de.html',
    'current',
    { title: 'Leitende Datenwissenschaftlerin', company: 'Quellbach Analytik GmbH' },
  ],
  [
    'linkedin-public-v3-de.html',
    'about',
    'Ich messe, was sich schwer messen lässt.\nAm liebsten mit kleinen, sauberen Stichproben.',
  ],
  [
    'linkedin-public-v3-de.html',
    'experience',
    [
      {
        title: 'Leitende Datenwissenschaftlerin',
        company: 'Quellbach Analytik GmbH',
        location: 'Leipzig',
        start: '2014-02',
        end: null,
        current: true,
        description: 'Aufbau des Methodenteams.',
      },
      {
        title: 'Statistikerin',
        company: 'Institut Sonnfeld',
        location: 'Halle',
        start: '2011-10',
        end: '2014-01',
        current: false,
        description: 'Stichprobenpläne für Umfragen.',
      },
    ],
  ],
  [
    'linkedin-public-v3-de.html',
    'education',
    [
      {
        school: 'Universität Lindenau',
        degree: 'Master of Science (M.Sc.)',
        field: 'Statistik',
        start: '2008',
        end: '2011',
      },
    ],
  ],
  ['linkedin-public-v3-de.html', 'skills', ['Datenanalyse', 'Python', 'Statistik', 'Versuchsplanung']],
  // 2. ResearchGate: the affiliation beside the name is not part of it; "PhD" is a degree, not a title.
  ['researchgate-affiliated.html', 'name', 'Ilse Brandvold'],
  ['researchgate-affiliated.html', 'current', { title: 'Postdoctoral Researcher', company: 'Skarvik Polar Institute' }],
  ['researchgate-affiliated.html', 'location', 'Tromsø, Norway'],
  [
    'researchgate-affiliated.html',
    'experience',
    [
      {
        title: 'Postdoctoral Researcher',
        company: 'Skarvik Polar Institute',
        location: 'Tromsø, Norway',
        start: '2021-03',
        end: null,
        current: true,
        description: 'Meltwater timing and field campaigns.',
      },
      // Each card's date line, read beside it: the former one ended.
      {
        title: 'Research Assistant',
        company: 'Orvik University',
        location: 'Bergen, Norway',
        start: '2016-09',
        end: '2020-06',
        current: false,
        description: null,
      },
    ],
  ],
  [
    'researchgate-affiliated.html',
    'education',
    [{ school: 'Skarvik Polar Institute', degree: 'PhD', field: 'Glaciology', start: null, end: null }],
  ],
  ['researchgate.html', 'current', { title: null, company: 'Nordvik Institute of Technology' }],
  // 3. Emoji: ZWJ sequences, skin tones and variation selectors survive cleaning.
  ['linkedin-emoji.html', 'headline', '🧑🏼‍💻 Platform engineer · 🙋🏾‍♂️ mentor · 👩‍🔬 ex-lab tech ❤️'],
  [
    'linkedin-emoji.html',
    'about',
    'I build developer platforms 🧑🏼‍💻 and mentor new engineers 🙋🏾‍♂️.\n\nBefore that: a lab bench 👩‍🔬 and a lot of pipettes 🏳️‍🌈.',
  ],
  ['linkedin-emoji.html', 'skills', ['Kubernetes', 'Mentoring 🙋🏾‍♂️', 'Go']],
  // 4. React 2026: the About card's "Top skills" line; About bullets are not skills.
  ['linkedin-react-2026-top-skills.html', 'skills', ['Learning to Rank', 'PyTorch', 'Information Retrieval']],
  ['linkedin-react-2026-top-skills.html', 'headline', 'Machine learning engineer, search ranking'],
  // 5. Server-driven top card with a name-pronunciation player: its interface text is never profile text.
  ['linkedin-react-2026-pronunciation.html', 'name', 'Tessa Nakamura'],
  ['linkedin-react-2026-pronunciation.html', 'headline', 'Machine learning engineer, search ranking'],
  ['linkedin-react-2026-pronunciation.html', 'location', 'Vancouver, British Columbia, Canada'],
  ['linkedin-react-2026-pronunciation.html', 'current', { title: null, company: 'Larchmont Search' }],
];

describe('page classes from unseen pages', () => {
  it.each(rows)('%s: %s', (fixture, field, expected) => {
    expect(profile(fixture)[field]).toEqual(expected);
  });

  it('no player, dialog or screen-reader control text anywhere in the captured person', () => {
    const json = JSON.stringify(profile('linkedin-react-2026-pronunciation.html'));
    for (const ui of ['modal window', 'dialog window', 'Audio Player', 'Current Time', 'Duration', 'Play'])
      expect(json).not.toContain(ui);
  });

  it('the 2016-17 page keeps "show more" pills and the sidebar out of the person', () => {
    const p = profile('linkedin-public-v3-de.html');
    expect(JSON.stringify(p)).not.toMatch(/weitere anzeigen|Weniger anzeigen|Jonas Werth/);
    expect(p.headline).not.toContain('Quellbach');
  });
});
