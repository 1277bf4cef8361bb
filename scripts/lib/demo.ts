import { readFileSync } from 'node:fs';

/** The made-up people `npm start` opens, served at real LinkedIn addresses by interception. */
export const DEMO_URL = 'https://www.linkedin.com/in/lena-marchetti-demo/';
export const DEMO_SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=ux%20research';

export function demoPages(): Record<string, string> {
  return {
    [DEMO_URL]: readFileSync('tests/fixtures/pages/demo-profile.html', 'utf8'),
    [DEMO_SEARCH_URL]: readFileSync('tests/fixtures/pages/demo-search.html', 'utf8'),
  };
}
