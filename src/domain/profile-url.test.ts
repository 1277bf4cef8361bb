import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseProfileUrl, siteOf } from './profile-url.ts';

describe('normaliseProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/orla-b/', 'https://www.linkedin.com/in/orla-b/'],
    ['http://linkedin.com/in/Orla-B', 'https://www.linkedin.com/in/orla-b/'],
    ['https://de.linkedin.com/in/orla-b?trk=public_profile#experience', 'https://www.linkedin.com/in/orla-b/'],
    ['https://www.linkedin.com/in/orla-b/details/experience/', 'https://www.linkedin.com/in/orla-b/'],
    ['linkedin.com/in/zo%C3%AB-brindlewick-4a1b2c', 'https://www.linkedin.com/in/zoë-brindlewick-4a1b2c/'],
    ['https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F-123', 'https://www.linkedin.com/in/张伟-123/'],
    ['https://www.linkedin.com/in/bad%zzslug', 'https://www.linkedin.com/in/bad%zzslug/'],
    ['https://scholar.google.com/citations?user=AbC123&hl=en', 'https://scholar.google.com/citations?user=AbC123'],
    ['https://WWW.ResearchGate.net/profile/Ines-Farrowdale/', 'https://researchgate.net/profile/Ines-Farrowdale'],
    [
      'https://github.com/quillfeather?utm_source=x&tab=repositories',
      'https://github.com/quillfeather?tab=repositories',
    ],
    ['https://example.org/', 'https://example.org'],
    // Prefixes come off until one more would leave no dot: the same answer however often it runs.
    ['http://m.m.example.org/x', 'https://example.org/x'],
    ['http://m.m.aa', 'https://m.aa'],
    ['https://m.org/a', 'https://m.org/a'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseProfileUrl(input)).toBe(expected);
  });

  it('returns null for what is not a web address', () => {
    for (const bad of ['', '   ', 'not a url', 'mailto:a@b.c', 'javascript:alert(1)', 'ftp://x.org/a']) {
      expect(normaliseProfileUrl(bad)).toBeNull();
    }
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = normaliseProfileUrl(url);
        return once === null || normaliseProfileUrl(once) === once;
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z0-9-]{3,30}$/), (slug) => {
        const once = normaliseProfileUrl(`https://uk.linkedin.com/in/${slug}?x=1`)!;
        return once === `https://www.linkedin.com/in/${slug.toLowerCase()}/` && normaliseProfileUrl(once) === once;
      }),
    );
  });

  it('knows the capture sites', () => {
    expect(siteOf('https://www.linkedin.com/in/x/')).toBe('linkedin');
    expect(siteOf('scholar.google.de/citations?user=1')).toBe('scholar');
    expect(siteOf('https://www.researchgate.net/profile/X')).toBe('researchgate');
    expect(siteOf('https://github.com/x')).toBe('github');
    expect(siteOf('https://example.org/me')).toBe('generic');
  });
});
