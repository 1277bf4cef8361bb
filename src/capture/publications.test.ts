// Publications from every source the issue names: Scholar rows (two interface
// languages), ResearchGate's list and JSON-LD, LinkedIn's Publications section
// (logged-in card and the 2016-17 public page).
import { describe, expect, it, vi } from 'vitest';
import type { CapturedProfile } from '../domain/profile.ts';
import { extract } from './extract.ts';
import { loadFixture, parseHtml } from './fixtures.ts';

vi.setConfig({ testTimeout: 120_000 });

function pubsOf(name: string): CapturedProfile['publications'] {
  const { doc, url } = loadFixture(name);
  const r = extract(doc, url);
  if (r.kind !== 'profile') throw new Error(name);
  return r.profile.publications;
}

describe('publications', () => {
  it.each([
    ['scholar-en.html', 'Study 1 structural health monitoring', 'Journal of Bridges 1 (2), 10-20', 40],
    ['scholar-fr.html', 'Étude 1 écologie des sols', 'Revue des sols 1 (2), 10-20', 40],
  ])(
    'Google Scholar rows (%s): title, venue without the repeated year, citations, year, link',
    (f, title, venue, n) => {
      const p = pubsOf(f);
      expect(p).toHaveLength(20);
      expect(p[0]).toEqual({
        title,
        year: '2024',
        venue,
        citations: n,
        url: expect.stringMatching(/^https:\/\/scholar\.google\.\w+\/citations\?view_op=view_citation/),
      });
      expect(p[1]).toMatchObject({ year: '2023', venue: null, citations: 39 });
    },
  );

  it('ResearchGate: the publication list, date and journal from its meta lines', () => {
    expect(pubsOf('researchgate-affiliated.html')).toEqual([
      {
        title: 'Meltwater timing in small alpine catchments',
        year: '2022',
        venue: 'Journal of Cold Water',
        citations: null,
        url: 'https://www.researchgate.net/publication/900000001',
      },
      {
        title: 'A field guide to moulin mapping',
        year: '2023',
        venue: null,
        citations: null,
        url: 'https://www.researchgate.net/publication/900000002',
      },
    ]);
  });

  it('JSON-LD ScholarlyArticle: only the works whose author is the profile person', () => {
    const url = 'https://example.org/people/ada';
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Person', name: 'Ada Quillfeather', url },
        {
          '@type': 'ScholarlyArticle',
          headline: 'Counting lichens',
          datePublished: '2021-04-02',
          isPartOf: { name: 'Moss Letters' },
          citationCount: 12,
          url: 'https://example.org/p/1',
          author: [{ '@type': 'Person', url }],
        },
        { '@type': 'ScholarlyArticle', headline: 'Not hers', author: { name: 'Someone Else' } },
      ],
    };
    const doc = parseHtml(
      `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`,
      url,
    );
    const r = extract(doc, url);
    expect(r.kind === 'profile' && r.profile.publications).toEqual([
      { title: 'Counting lichens', year: '2021', venue: 'Moss Letters', citations: 12, url: 'https://example.org/p/1' },
    ]);
  });

  it('LinkedIn, logged-in Publications card: title, venue before " · ", year', () => {
    expect(pubsOf('linkedin-emoji.html')).toEqual([
      {
        title: 'Paved paths for platform teams',
        year: '2024',
        venue: 'Internal Tools Quarterly',
        citations: null,
        url: null,
      },
      { title: 'Pipetting errors, revisited', year: '2018', venue: 'Bench Notes', citations: null, url: null },
    ]);
  });

  it('LinkedIn, 2016-17 public page (German): li.publication', () => {
    expect(pubsOf('linkedin-public-v3-de.html')).toEqual([
      {
        title: 'Messfehler in kleinen Stichproben',
        year: '2019',
        venue: 'Zeitschrift für angewandte Statistik',
        citations: null,
        url: 'https://doi.example/10.5555/kfm.2019.4',
      },
    ]);
  });

  it('a page without publications yields []', () => {
    expect(pubsOf('demo-profile.html')).toEqual([]);
  });
});
