import { describe, expect, it } from 'vitest';
import { type Identity, Matcher } from './match.ts';

const who = (over: Partial<Identity>): Omit<Identity, 'id'> => ({
  profileUrl: null,
  email: null,
  name: null,
  company: null,
  ...over,
});
const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

describe('Matcher', () => {
  it('matches on URL, then email, then name + company', () => {
    const m = new Matcher();
    m.add('a', who({ profileUrl: url('ada'), email: 'ada@example.org', name: 'Ada Quill', company: 'Lumen Labs' }));
    expect(m.match(who({ profileUrl: url('ada') }))).toBe('a');
    expect(m.match(who({ email: 'ada@example.org' }))).toBe('a');
    expect(m.match(who({ name: 'ada  quill', company: 'Lumen Labs, Inc.' }))).toBe('a');
    expect(m.match(who({ name: 'Ada Quill', company: 'Other Co' }))).toBeUndefined();
  });

  it('never pairs two different URLs, whatever else is the same', () => {
    const m = new Matcher();
    m.add('a', who({ profileUrl: url('ada'), email: 'ada@example.org', name: 'Ada Quill', company: 'Lumen Labs' }));
    expect(
      m.match(who({ profileUrl: url('ada-2'), email: 'ada@example.org', name: 'Ada Quill', company: 'Lumen Labs' })),
    ).toBeUndefined();
  });

  it('pairs someone with a URL and someone without by name + company, whichever was added first', () => {
    const saved = new Matcher();
    saved.add('hand', who({ name: 'Bo Fennick', company: 'Kiln Works' }));
    expect(saved.match(who({ profileUrl: url('bo'), name: 'Bo Fennick', company: 'Kiln Works' }))).toBe('hand');

    const rows = new Matcher();
    for (let i = 0; i < 50; i++)
      rows.add(`r${i}`, who({ profileUrl: url(`p${i}`), name: `Person ${i}`, company: 'Kiln Works' }));
    expect(rows.match(who({ name: 'Person 7', company: 'Kiln Works' }))).toBe('r7');
    // After that, later additions are found too, and the first of two with one key wins.
    rows.add('late', who({ profileUrl: url('late'), name: 'Late Comer', company: 'Kiln Works' }));
    rows.add('late-2', who({ profileUrl: url('late-2'), name: 'Late Comer', company: 'Kiln Works' }));
    expect(rows.match(who({ name: 'Late Comer', company: 'Kiln Works' }))).toBe('late');
  });
});
