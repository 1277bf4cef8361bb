// Which capture bundle each kind of address gets: the choice src/extension/capture-tab.ts makes
// before injecting, and the one extract() (tests, `npm run capture`) makes.
import { describe, expect, it } from 'vitest';
import type { Site } from '../domain/profile.ts';
import { BUNDLES } from './bundles/index.ts';
import { bundleFor } from './url.ts';

const CASES: [string, Site][] = [
  ['https://www.linkedin.com/in/ada-quill/', 'linkedin'],
  ['https://fr.linkedin.com/in/ada-quill', 'linkedin'],
  ['https://linkedin.com/in/ada-quill/details/experience/', 'linkedin'],
  ['https://www.linkedin.com/search/results/people/?keywords=x', 'linkedin'],
  ['https://www.linkedin.com/company/some-labs/', 'linkedin'],
  ['http://WWW.LINKEDIN.COM/in/ada/', 'linkedin'],
  ['https://scholar.google.com/citations?user=abc&hl=en', 'scholar'],
  ['https://scholar.google.fr/citations?user=abc&hl=fr', 'scholar'],
  ['https://scholar.google.co.uk/citations?user=abc', 'scholar'],
  ['https://www.researchgate.net/profile/Ada-Quill', 'researchgate'],
  ['https://researchgate.net/profile/Ada-Quill', 'researchgate'],
  ['https://github.com/adaquill', 'github'],
  ['https://www.github.com/adaquill', 'github'],
  ['https://adaquill.example/about', 'generic'],
  ['https://example.org/', 'generic'],
  // Look-alikes get the generic bundle, never a site's.
  ['https://linkedin.com.evil.example/in/ada/', 'generic'],
  ['https://notlinkedin.com/in/ada/', 'generic'],
  ['https://gist.github.com/adaquill', 'generic'],
  ['https://scholar.google.evil.example/', 'generic'],
  ['https://example.org/?u=https://www.linkedin.com/in/ada/', 'generic'],
  ['https://evilresearchgate.net/profile/x', 'generic'],
  // Addresses the extension may be handed for tabs it cannot read, or none.
  ['file:///home/ada/linkedin.html', 'generic'],
  ['chrome://extensions/', 'generic'],
  ['not a url', 'generic'],
  ['', 'generic'],
];

describe('bundleFor', () => {
  it.each(CASES)('%s gets the %s bundle', (url, site) => {
    expect(bundleFor(url)).toBe(site);
    expect(BUNDLES[bundleFor(url)].site).toBe(site);
  });

  it('an unknown address (no tab URL) gets the generic bundle', () => {
    expect(bundleFor(null)).toBe('generic');
    expect(bundleFor(undefined)).toBe('generic');
  });

  it('only the LinkedIn bundle carries LinkedIn layers and the not-a-profile gate', () => {
    for (const [site, b] of Object.entries(BUNDLES)) {
      const linkedinLayers = b.layers.filter((l) => l.id.startsWith('linkedin/'));
      expect(linkedinLayers.length > 0, site).toBe(site === 'linkedin');
      expect(!!b.gate, site).toBe(site === 'linkedin');
    }
  });
});
