import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, parseRange } from './dates.ts';

describe('parseDate', () => {
  it.each([
    ['Jan 2020', '2020-01'],
    ['September 2019', '2019-09'],
    ['Sept 2019', '2019-09'], // en
    ['janv. 2020', '2020-01'],
    ['févr. 2021', '2021-02'],
    ['juin 2018', '2018-06'],
    ['juil. 2018', '2018-07'],
    ['août 2017', '2017-08'],
    ['déc. 2016', '2016-12'], // fr
    ['März 2020', '2020-03'],
    ['Okt. 2015', '2015-10'],
    ['Dez. 2014', '2014-12'],
    ['Mai 2013', '2013-05'], // de
    ['ene. 2020', '2020-01'],
    ['abr. de 2019', '2019-04'],
    ['dic. 2018', '2018-12'], // es
    ['fev. de 2022', '2022-02'],
    ['out. de 2021', '2021-10'],
    ['set. de 2020', '2020-09'], // pt
    ['gen 2020', '2020-01'],
    ['mag 2019', '2019-05'],
    ['giu 2018', '2018-06'],
    ['lug 2017', '2017-07'],
    ['ott 2016', '2016-10'], // it
    ['mrt. 2020', '2020-03'],
    ['mei 2019', '2019-05'],
    ['okt. 2018', '2018-10'], // nl
    ['2022年4月', '2022-04'],
    ['2019年12月', '2019-12'], // ja
    ['2021-03', '2021-03'],
    ['2021', '2021'],
    [2016, '2016'],
  ])('%s → %s', (input, out) => {
    expect(parseDate(input)).toBe(out);
  });
  it.each([[''], ['Present'], ['現在'], ['12 mos'], ['Room 101'], [null], [{}]])('%s → null', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('parseRange', () => {
  it.each([
    ['Jan 2020 - Present · 5 yrs 2 mos', { start: '2020-01', end: null, current: true }],
    ['Aug 2018 – Jul 2019 · 1 yr', { start: '2018-08', end: '2019-07', current: false }],
    ['2014 – 2018', { start: '2014', end: '2018', current: false }],
    ['2014-2018', { start: '2014', end: '2018', current: false }],
    ['Jun 2012', { start: '2012-06', end: '2012-06', current: false }],
    ['Mar 2021 - Present · 3 yrs · Hybrid', { start: '2021-03', end: null, current: true }],
    ['sept. 2021 - aujourd’hui · 5 ans 3 mois', { start: '2021-09', end: null, current: true }],
    ['Jan. 2020 – Heute · 6 J. 11 Mon.', { start: '2020-01', end: null, current: true }],
    ['ene. 2020 - actualidad', { start: '2020-01', end: null, current: true }],
    ['jan. de 2020 - o momento', { start: '2020-01', end: null, current: true }],
    ['gen 2020 - Presente', { start: '2020-01', end: null, current: true }],
    ['jan. 2020 - heden', { start: '2020-01', end: null, current: true }],
    ['2022年4月 - 現在 · 4年8か月', { start: '2022-04', end: null, current: true }],
    ['October 2011 – Present (3 years 7 months)', { start: '2011-10', end: null, current: true }],
    // A language we have no table for: the dash then no year still means "until now".
    ['2019 - сейчас', { start: '2019', end: null, current: true }],
  ])('%s', (input, out) => {
    expect(parseRange(input)).toEqual(out);
  });
  it.each([['Full-time'], ['Lisbon, Portugal'], ['3 yrs 2 mos'], [''], ['Senior Engineer']])(
    '%s is not a date range',
    (input) => {
      expect(parseRange(input)).toBeNull();
    },
  );
});

// Strings shaped like LinkedIn date lines, so the property exercises the parsing paths, not only early exits.
const DATEISH = fc.stringMatching(
  /^[a-zA-Zéûä.]{0,9} ?(de )?(19|20|30)\d\d(年\d{1,2}月)?( [-–—] ([a-zA-Zéûä.’]{0,12} ?((19|20)\d\d)?)?)?( · \d+ \w+)?$/,
);

describe('properties', () => {
  it('never throw, and return the documented shapes, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything(), DATEISH), (v) => {
        const d = parseDate(v);
        expect(d === null || /^(19|20)\d\d(-(0[1-9]|1[0-2]))?$/.test(d)).toBe(true);
        const r = parseRange(v);
        if (r) {
          expect(r.start).toMatch(/^(19|20)\d\d/);
          expect(r.current && r.end !== null).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('round-trips every month in English', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const name = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[m - 1];
        expect(parseDate(`${name} ${y}`)).toBe(`${y}-${String(m).padStart(2, '0')}`);
      }),
    );
  });
});

describe('names with a year in them are not dates', () => {
  it.each([['Spring Hackathon Committee 2022 · Full-time'], ['Class of 2019 Reunion Team']])('%s', (input) => {
    expect(parseRange(input)).toBeNull();
  });
});
