import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticContacts } from '../store/bench-data.ts';
import { STAGES } from './contact.ts';
import { parseActivity, parseContact, parseInterview, parseReminder } from './contact-parse.ts';
import { parseProfile } from './profile-parse.ts';
import { ValidationError } from './validate.ts';

const nullableStr = fc.option(fc.string(), { nil: null });
const position = fc.record({
  title: nullableStr,
  company: nullableStr,
  location: nullableStr,
  start: nullableStr,
  end: nullableStr,
  current: fc.boolean(),
  description: nullableStr,
});
const profileArb = fc.record({
  url: fc.webUrl(),
  site: fc.constantFrom('linkedin', 'scholar', 'researchgate', 'github', 'generic'),
  name: nullableStr,
  headline: nullableStr,
  location: nullableStr,
  about: nullableStr,
  photoUrl: nullableStr,
  current: fc.option(fc.record({ title: nullableStr, company: nullableStr }), { nil: null }),
  experience: fc.array(position, { maxLength: 3 }),
  education: fc.array(
    fc.record({ school: nullableStr, degree: nullableStr, field: nullableStr, start: nullableStr, end: nullableStr }),
    { maxLength: 2 },
  ),
  skills: fc.array(fc.string(), { maxLength: 4 }),
  publications: fc.array(
    fc.record({
      title: fc.string(),
      year: nullableStr,
      venue: nullableStr,
      citations: fc.option(fc.nat(), { nil: null }),
      url: nullableStr,
    }),
    { maxLength: 2 },
  ),
  connectionDegree: fc.constantFrom('1st', '2nd', '3rd', null),
  sources: fc.record({ name: fc.string(), experience: fc.string() }, { requiredKeys: [] }),
  incomplete: fc.array(
    fc.record(
      { section: fc.constantFrom('experience', 'skills'), hint: fc.string(), shown: fc.nat() },
      { requiredKeys: ['section', 'hint'] },
    ),
    { maxLength: 2 },
  ),
});
const contactArb = fc.record(
  {
    id: fc.uuid(),
    profileUrl: fc.option(fc.webUrl(), { nil: null }),
    captured: fc.option(profileArb, { nil: null }),
    edits: fc.record({ name: nullableStr, title: nullableStr }, { requiredKeys: [] }),
    email: fc.option(fc.emailAddress(), { nil: null }),
    tags: fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }),
    stage: fc.constantFrom(...STAGES),
    referredBy: fc.option(fc.uuid(), { nil: null }),
    introducedBy: fc.option(fc.uuid(), { nil: null }),
    notes: fc.string(),
    createdAt: fc.nat(),
    updatedAt: fc.nat(),
    rev: fc.integer({ min: 1, max: 1000 }),
    importedFrom: fc.record({
      source: fc.constantFrom('linkedin-connections', 'vcard', 'csv'),
      connectedOn: fc.option(
        fc
          .date({ min: new Date(2000, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        { nil: null },
      ),
    }),
  },
  {
    requiredKeys: [
      'id',
      'profileUrl',
      'captured',
      'edits',
      'email',
      'tags',
      'stage',
      'referredBy',
      'introducedBy',
      'notes',
      'createdAt',
      'updatedAt',
      'rev',
    ],
  },
);

describe('parseContact', () => {
  it('returns every valid contact unchanged (backups must round-trip)', () => {
    fc.assert(
      fc.property(contactArb, (c) => {
        expect(parseContact(JSON.parse(JSON.stringify(c)))).toEqual(c);
      }),
      { numRuns: 200 },
    );
    for (const c of syntheticContacts(20)) expect(parseContact(structuredClone(c))).toEqual(c);
  });

  it('repairs bad fields and refuses records without identity', () => {
    const c = parseContact({
      id: 'x',
      createdAt: 5,
      stage: 'dancing',
      tags: ['a', 3],
      edits: { name: 4, title: 'T' },
      rev: -2,
      captured: null,
    });
    expect(c).toMatchObject({
      stage: 'to-research',
      tags: ['a'],
      edits: { title: 'T' },
      rev: 1,
      updatedAt: 5,
      notes: '',
      email: null,
    });
    expect(() => parseContact({ createdAt: 1 })).toThrow(ValidationError);
    expect(() => parseContact({ id: 'x' })).toThrow(/createdAt/);
    expect(() => parseContact('x')).toThrow(ValidationError);
    expect(() => parseContact({ id: 'x', createdAt: 1, captured: { name: 'no url' } })).toThrow(/url/);
  });

  it('keeps an import origin only when there is one, with a known source and a real day', () => {
    expect(parseContact({ id: 'x', createdAt: 1 })).not.toHaveProperty('importedFrom');
    expect(parseContact({ id: 'x', createdAt: 1, importedFrom: 'csv' })).not.toHaveProperty('importedFrom');
    expect(
      parseContact({ id: 'x', createdAt: 1, importedFrom: { source: 'fax', connectedOn: 'last tuesday' } })
        .importedFrom,
    ).toEqual({ source: 'csv', connectedOn: null });
    expect(
      parseContact({ id: 'x', createdAt: 1, importedFrom: { source: 'vcard', connectedOn: '2024-10-15' } })
        .importedFrom,
    ).toEqual({ source: 'vcard', connectedOn: '2024-10-15' });
  });
});

describe('other records', () => {
  it('parse profiles, interviews, reminders and activity with defaults', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        expect(parseProfile(JSON.parse(JSON.stringify(p)))).toEqual(p);
      }),
      { numRuns: 100 },
    );
    expect(
      parseInterview({ id: 'i', contactId: 'c', scheduledAt: 1, mode: 'telepathy', questions: [{ text: 'q' }, 'bad'] }),
    ).toMatchObject({ mode: 'video', minutes: 20, questions: [{ text: 'q', asked: false }], endedAt: null, rev: 1 });
    expect(parseReminder({ id: 'r', contactId: 'c', dueAt: 3, kind: 'nag' })).toMatchObject({
      kind: 'custom',
      done: false,
      snoozedUntil: null,
    });
    expect(() => parseActivity({ id: 'a', contactId: 'c', kind: 'captured' })).toThrow(/"at"/);
  });
});
