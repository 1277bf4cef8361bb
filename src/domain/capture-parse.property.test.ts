// Property-based: the capture's answer comes from a web page, so parseCaptureResult must take
// anything structured cloning can carry, never throw, keep only http(s) links and bound sizes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaptureResult, parsePageProfile, safeUrl } from './capture-parse.ts';
import type { CaptureResult } from './profile.ts';

const HOSTILE_URLS = [
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'jAvAsCrIpT&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/x',
  'chrome-extension://abcdefghijklmnop/src/options/index.html',
  'about:blank',
  '//evil.example/x',
  '/in/relative/',
  'https://www.linkedin.com/in/\u202eevil/',
  'https://x.example/\u200b',
  `https://long.example/${'a'.repeat(3000)}`,
  'HTTPS://WWW.LINKEDIN.COM/IN/UPPER/',
  'http://[::1]/',
  'https://user:pw@host.example/',
  'mailto:a@b.example',
  'ftp://x.example/',
];
const urlish = fc.oneof(
  fc.constantFrom(...HOSTILE_URLS),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.anything({ maxDepth: 1 }),
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '<script>window.__pwned=1</script>',
    '<img src=x onerror=alert(1)>',
    '\u202e',
    '\u200b',
    '   ',
    '',
    'x'.repeat(30_000),
  ),
  fc.anything({ maxDepth: 1 }),
);
const date = fc.oneof(fc.constantFrom('2021', '2021-04', '2021-13', '0000-00', '20210', '1999-1', 'Present'), text);
const position = fc.record(
  {
    title: text,
    company: text,
    location: text,
    start: date,
    end: date,
    current: fc.oneof(fc.boolean(), text),
    description: text,
  },
  { requiredKeys: [] },
);
const education = fc.record({ school: text, degree: text, field: text, start: date, end: date }, { requiredKeys: [] });
const incomplete = fc.record(
  {
    section: fc.oneof(fc.constantFrom('experience', 'education', 'skills', 'about', 'other', '__proto__'), text),
    shown: fc.oneof(fc.integer(), fc.double(), text),
    total: fc.oneof(fc.integer(), fc.double(), text),
    hint: text,
  },
  { requiredKeys: [] },
);
const list = <T>(a: fc.Arbitrary<T>) => fc.oneof(fc.array(a, { maxLength: 5 }), fc.anything({ maxDepth: 1 }));
const pageProfile = fc.record(
  {
    url: urlish,
    site: fc.oneof(fc.constantFrom('linkedin', 'scholar', 'researchgate', 'github', 'generic', 'evil'), text),
    name: text,
    headline: text,
    location: text,
    about: text,
    photoUrl: urlish,
    current: fc.oneof(fc.record({ title: text, company: text }, { requiredKeys: [] }), fc.anything({ maxDepth: 1 })),
    experience: list(position),
    education: list(education),
    skills: list(text),
    connectionDegree: fc.oneof(fc.constantFrom('1st', '2nd', '3rd', '4th'), text),
    sources: fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'name'), fc.string({ maxLength: 8 })), text, {
        maxKeys: 30,
      }),
      fc.anything({ maxDepth: 1 }),
    ),
    incomplete: list(incomplete),
  },
  { requiredKeys: [] },
);
const person = fc.record({ name: text, url: urlish, headline: text }, { requiredKeys: [] });
const shaped = fc.record(
  {
    kind: fc.oneof(fc.constantFrom('profile', 'not-profile'), text),
    profile: fc.oneof(pageProfile, fc.anything({ maxDepth: 2 })),
    reason: fc.oneof(
      fc.constantFrom('auth-wall', 'not-found', 'search-results', 'company', 'loading', 'unsupported', 'hacked'),
      text,
    ),
    message: text,
    people: list(person),
  },
  { requiredKeys: [] },
);
// What structured cloning can carry out of a page, not only JSON.
const anyValue = fc.anything({
  maxDepth: 3,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBigInt: true,
});

const isHttp = (u: string) => /^https?:\/\//.test(u) && ['http:', 'https:'].includes(new URL(u).protocol);

function urlsOf(r: CaptureResult): string[] {
  if (r.kind === 'profile') return [r.profile.url, ...(r.profile.photoUrl ? [r.profile.photoUrl] : [])];
  return r.people.map((p) => p.url);
}

function checkShape(r: CaptureResult): void {
  expect(['profile', 'not-profile']).toContain(r.kind);
  for (const u of urlsOf(r)) expect(isHttp(u), u).toBe(true);
  if (r.kind === 'profile') {
    const p = r.profile;
    for (const s of [p.name, p.headline, p.location, p.about]) expect(s === null || typeof s === 'string').toBe(true);
    expect((p.name ?? '').length).toBeLessThanOrEqual(500);
    expect((p.about ?? '').length).toBeLessThanOrEqual(20_000);
    expect(p.experience.length).toBeLessThanOrEqual(300);
    for (const e of p.experience) {
      expect(e.title || e.company).toBeTruthy();
      for (const d of [e.start, e.end]) expect(d === null || /^\d{4}(-\d{2})?$/.test(d)).toBe(true);
    }
    expect(p.skills.every((s) => typeof s === 'string' && s.length <= 200)).toBe(true);
    expect(Object.getPrototypeOf(p.sources)).toBe(Object.prototype);
    expect(Object.values(p.sources).every((s) => typeof s === 'string')).toBe(true);
    for (const i of p.incomplete)
      for (const n of [i.shown, i.total]) expect(n === undefined || (Number.isInteger(n) && n >= 0)).toBe(true);
  } else {
    expect(typeof r.message).toBe('string');
    expect(r.people.every((x) => typeof x.name === 'string' && x.name.length > 0)).toBe(true);
  }
  // It is stored and backed up as JSON: nothing in it may be lost that way.
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

describe('parseCaptureResult (properties)', () => {
  it('never throws on anything a page could answer, and returns a well-formed result', () => {
    fc.assert(
      fc.property(anyValue, (v) => checkShape(parseCaptureResult(v))),
      { numRuns: 300 },
    );
  });

  it('on capture-shaped input with hostile values: only http(s) links, bounded text', () => {
    fc.assert(
      fc.property(shaped, (v) => checkShape(parseCaptureResult(v))),
      { numRuns: 300 },
    );
  });

  it('keeps a well-formed http(s) profile: the page URL survives normalised', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https', 'http'] }), text, (url, name) => {
        const r = parseCaptureResult({ kind: 'profile', profile: { url, name } });
        expect(r.kind).toBe('profile');
        if (r.kind === 'profile') expect(r.profile.url).toBe(new URL(url).href);
      }),
      { numRuns: 150 },
    );
  });

  it('safeUrl gives null or an http(s) URL for any input', () => {
    fc.assert(
      fc.property(fc.oneof(urlish, anyValue), (u) => {
        const s = safeUrl(u);
        expect(s === null || isHttp(s)).toBe(true);
      }),
      { numRuns: 300 },
    );
    for (const u of HOSTILE_URLS.filter((x) => !/^\s*https?:/i.test(x))) expect(safeUrl(u), u).toBeNull();
    expect(parsePageProfile({ url: 'javascript:alert(1)', name: 'x' })).toBeNull();
  });
});
