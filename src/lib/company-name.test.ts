import { describe, expect, it } from 'vitest';
import { companyKey, companyTokens, matchCompany } from './company-name.ts';

describe('company names', () => {
  it('drops legal suffixes, punctuation, accents and case', () => {
    expect(companyKey('Google LLC')).toBe('google');
    expect(companyKey('GOOGLE, Inc.')).toBe('google');
    expect(companyKey('Nestlé S.A.')).toBe('nestle');
    expect(companyKey('Gantry Robotics GmbH & Co. KG')).toBe('gantry robotics');
    expect(companyKey('Smith & Wesson')).toBe('smith and wesson');
    expect(companyKey('The Company')).toBe('the');
    expect(companyKey('Inc')).toBe('inc');
    expect(companyTokens('Quillfeather Labs Pvt. Ltd.')).toEqual(['quillfeather', 'labs']);
  });

  it('relates variants: same, related by token prefix, or none', () => {
    const m = (q: string, c: string) => matchCompany(companyTokens(q), companyTokens(c));
    expect(m('Google', 'Google LLC')).toBe('same');
    expect(m('google', 'Google DeepMind')).toBe('related');
    expect(m('deepmind', 'Google DeepMind')).toBe('related');
    expect(m('goo', 'Google')).toBe('related');
    expect(m('Google DeepMind', 'Google')).toBe('none');
    expect(m('mind', 'Google DeepMind')).toBe('none');
    expect(m('', 'Google')).toBe('none');
  });
});
