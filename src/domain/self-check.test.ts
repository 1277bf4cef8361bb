import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaptureResult } from './capture-parse.ts';
import { type CapturedProfile, emptyProfile, type Position } from './profile.ts';
import { parseProfile } from './profile-parse.ts';
import { checkProfile, flagsFor, withChecks } from './self-check.ts';

const TODAY = '2026-12';
const person = (o: Partial<CapturedProfile>): CapturedProfile => ({
  ...emptyProfile('https://www.linkedin.com/in/x/', 'linkedin'),
  name: 'Mara Ellingsen',
  headline: 'Hydrologist',
  location: 'Bergen, Norway',
  ...o,
});
const job = (o: Partial<Position>): Position => ({
  title: 'Hydrologist',
  company: 'Fjordwater',
  location: null,
  start: '2020-01',
  end: null,
  current: true,
  description: null,
  ...o,
});

describe('self-check flags', () => {
  it.each<[string, Partial<CapturedProfile>, string, RegExp]>([
    ['name with "·"', { name: 'Ilse Brandvold Skarvik · Glaciology' }, 'name', /contains “·”/],
    ['name with "|"', { name: 'Mara Ellingsen | Hydrologist' }, 'name', /contains “\|”/],
    ['name with "@"', { name: 'Mara @ Fjordwater' }, 'name', /contains “@”/],
    ['name with an organisation word', { name: 'Ilse Brandvold Skarvik Polar Institute' }, 'name', /“Institute”/],
    ['name of more than six words', { name: 'One Two Three Four Five Six Seven' }, 'name', /more than six words/],
    ['title "PhD"', { current: { title: 'PhD', company: 'Skarvik' } }, 'current', /“PhD” is a degree/],
    ['title "MSc"', { current: { title: 'MSc (Hydrology)', company: null } }, 'current', /degree/],
    ['title "Student"', { current: { title: 'Student', company: 'Lindenau' } }, 'current', /degree or a study/],
    ['title "PhD student"', { current: { title: 'PhD Student', company: 'Lindenau' } }, 'current', /degree or a study/],
    [
      'current position that ended',
      { experience: [job({ end: '2023-05', current: true })] },
      'current',
      /ended in 2023-05/,
    ],
    [
      'current title matching a position that ended',
      { current: { title: 'Hydrologist', company: 'Fjordwater' }, experience: [job({ end: '2024', current: false })] },
      'current',
      /ended in 2024/,
    ],
    [
      'LinkedIn placeholder photo',
      { photoUrl: 'https://static.licdn.com/aero-v1/sc/h/9c8pery4andzj6ohjkjp54ma2' },
      'photoUrl',
      /placeholder/,
    ],
    [
      'ghost photo',
      {
        photoUrl: 'https://static.licdn.com/scds/common/u/images/themes/katy/ghosts/person/ghost_person_200x200_v1.png',
      },
      'photoUrl',
      /placeholder/,
    ],
    ['player text as headline', { headline: 'This is a modal window.' }, 'headline', /interface text/],
    ['headline repeating the name', { headline: 'Mara Ellingsen' }, 'headline', /repeats the name/],
    ['"Contact info" as location', { location: 'Contact info' }, 'location', /interface text/],
    [
      'position ending before it starts',
      { experience: [job({ start: '2021-03', end: '2019-01', current: false })] },
      'experience',
      /ends before it starts/,
    ],
    [
      'publication from the future',
      { publications: [{ title: 'Later', year: '2031', venue: null, citations: null, url: null }] },
      'publications',
      /dated 2031/,
    ],
  ])('%s', (_, fields, field, reason) => {
    const flags = checkProfile(person(fields), TODAY);
    expect(flags.filter((f) => f.field === field).map((f) => f.reason)).toEqual([expect.stringMatching(reason)]);
  });

  it.each<[string, Partial<CapturedProfile>]>([
    ['a plain profile', {}],
    ['a hyphenated, accented name', { name: 'Anne-Sophie Dufresne-Lévêque' }],
    ['a running position', { experience: [job({})], current: { title: 'Hydrologist', company: 'Fjordwater' } }],
    [
      'a past position that is not current',
      { experience: [job({ start: '2015-01', end: '2019-01', current: false })] },
    ],
    ['a position ending this month', { experience: [job({ end: '2026-12', current: true })] }],
    [
      'a real photo',
      { photoUrl: 'https://media.licdn.com/dms/image/v2/D4D03AQX/profile-displayphoto-shrink_400_400/0/1' },
    ],
    ['a job title that mentions a degree', { current: { title: 'PhD Programme Coordinator', company: 'Lindenau' } }],
  ])('no flag on %s', (_, fields) => {
    expect(checkProfile(person(fields), TODAY)).toEqual([]);
  });
});

describe('flags recorded in incomplete', () => {
  const doubtful = person({ name: 'Mara · Fjordwater', current: { title: 'PhD', company: 'Skarvik' } });

  it('keeps every field and adds one check entry per flag, with the reason', () => {
    const p = withChecks(doubtful, TODAY);
    expect(p.name).toBe('Mara · Fjordwater');
    expect(p.current).toEqual({ title: 'PhD', company: 'Skarvik' });
    expect(flagsFor(p, 'name')).toEqual([expect.stringContaining('“·”')]);
    expect(flagsFor(p, 'current')).toEqual([expect.stringContaining('degree')]);
  });

  it('is idempotent and keeps the sections the capture reported', () => {
    const start = person({ ...doubtful, incomplete: [{ section: 'skills', hint: 'Scroll down.' }] });
    const once = withChecks(start, TODAY);
    expect(withChecks(once, TODAY)).toEqual(once);
    expect(once.incomplete[0]).toEqual({ section: 'skills', hint: 'Scroll down.' });
  });

  it('flags survive storage: parseProfile reads them back, and older records without them still parse', () => {
    const p = withChecks(doubtful, TODAY);
    expect(parseProfile(JSON.parse(JSON.stringify(p))).incomplete).toEqual(p.incomplete);
    const old = { ...doubtful, incomplete: [{ section: 'experience', hint: 'More on the details page.' }] };
    delete (old as Partial<CapturedProfile>).publications;
    const read = parseProfile(old);
    expect(read.incomplete).toEqual([{ section: 'experience', hint: 'More on the details page.' }]);
    expect(read.publications).toEqual([]);
  });

  it('never drops or changes a field, for any profile', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.option(fc.string()), (name, title, photo) => {
        const p = person({ name, current: { title, company: null }, photoUrl: photo });
        const q = withChecks(p, TODAY);
        expect({ ...q, incomplete: [] }).toEqual({ ...p, incomplete: [] });
        for (const i of q.incomplete) expect(i.hint.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('flags come only from the extension', () => {
  it('a page cannot plant a "check this" flag: capture results lose `check`', () => {
    const fromPage = {
      kind: 'profile',
      profile: { ...person({}), incomplete: [{ section: 'name', hint: 'Trust me', check: true }] },
    };
    const r = parseCaptureResult(fromPage);
    expect(r.kind === 'profile' && r.profile.incomplete).toEqual([{ section: 'name', hint: 'Trust me' }]);
    expect(r.kind === 'profile' && flagsFor(r.profile, 'name')).toEqual([]);
  });
});
