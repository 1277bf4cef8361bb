// Wrong person never: LinkedIn is a single-page app. After in-page navigation
// we read what is in the DOM now; while the DOM still shows the previous
// member, we refuse rather than return them under the new URL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extract } from './extract.ts';
import { loadFixture, PAGES, parseHtml } from './fixtures.ts';

// Parsing a saved page of several hundred kB with happy-dom takes seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const LENA = 'https://www.linkedin.com/in/lena-marchetti-demo/';
const TOMAS = 'https://www.linkedin.com/in/tomas-eriksen-4821/';

describe('in-page navigation', () => {
  it('captures the new person once <main>, the title and the URL have changed', () => {
    const { doc } = loadFixture('demo-profile.html');
    const next = parseHtml(readFileSync(join(PAGES, 'linkedin-grouped-2024.html'), 'utf8'), TOMAS);
    const main = doc.querySelector('main') as Element;
    main.innerHTML = (next.querySelector('main') as Element).innerHTML;
    doc.title = 'Tomas Eriksen | LinkedIn';
    doc.defaultView?.history.pushState({}, '', TOMAS);
    const url = doc.defaultView?.location.href ?? '';
    expect(url).toBe(TOMAS);
    const r = extract(doc, url);
    if (r.kind !== 'profile') throw new Error(r.message);
    expect(r.profile.name).toBe('Tomas Eriksen');
    expect(r.profile.url).toBe(TOMAS);
    expect(JSON.stringify(r.profile)).not.toMatch(/Lena|Marchetti|Brightwell|Eastbrook/);
  });

  it('refuses while the DOM still shows the previous member', () => {
    const { doc } = loadFixture('demo-profile.html');
    doc.defaultView?.history.pushState({}, '', TOMAS);
    const r = extract(doc, TOMAS);
    expect(r).toMatchObject({ kind: 'not-profile', reason: 'loading', people: [] });
  });

  it('accepts the same member under another country subdomain or a sub-path', () => {
    const { doc } = loadFixture('demo-profile.html');
    for (const url of [
      'https://pt.linkedin.com/in/lena-marchetti-demo',
      `${LENA}?trk=x`,
      `${LENA}overlay/contact-info/`,
    ]) {
      const r = extract(doc, url);
      expect(r.kind === 'profile' && r.profile.url).toBe(LENA);
    }
  });

  it('decodes the slug in the canonical URL', () => {
    const html = readFileSync(join(PAGES, 'linkedin-ja.html'), 'utf8').replaceAll('haruka-sato-ds', '佐藤-遥');
    const url = 'https://www.linkedin.com/in/%E4%BD%90%E8%97%A4-%E9%81%A5/';
    const r = extract(parseHtml(html, url), url);
    expect(r.kind === 'profile' && r.profile.url).toBe('https://www.linkedin.com/in/佐藤-遥/');
  });
});
