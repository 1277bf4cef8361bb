import { describe, expect, it } from 'vitest';
import { isProfileLink } from './profile-link.ts';

describe('isProfileLink', () => {
  it.each([
    ['https://www.linkedin.com/in/jo-example/', true],
    ['https://de.linkedin.com/in/jo-example', true],
    ['https://www.linkedin.com/in/ACoAAB1234?miniProfile=x', true],
    ['https://www.linkedin.com/company/example-co/', false],
    ['https://www.linkedin.com/in/', false],
    ['https://scholar.google.com/citations?user=abc123&hl=en', true],
    ['https://scholar.google.co.uk/citations?user=abc123', true],
    ['https://scholar.google.com/scholar?q=x', false],
    ['https://www.researchgate.net/profile/Jo-Example', true],
    ['https://github.com/jo-example', true],
    ['https://github.com/settings', false],
    ['https://github.com/jo-example/repo', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
    ['https://example.com/in/someone', false],
  ])('%s → %s', (href, expected) => {
    expect(isProfileLink(href)).toBe(expected);
  });
});
