import { describe, expect, it } from 'vitest';
import { finishCapture } from '../finish.ts';
import { withoutSlogan } from './org-name.ts';

describe('withoutSlogan', () => {
  it.each([
    ['Zorbix Labs - We’re hiring', 'Zorbix Labs'],
    ["Zorbix Labs - We're hiring!", 'Zorbix Labs'],
    ['Zorbix Labs | Hiring', 'Zorbix Labs'],
    ["Zorbix Labs (We're hiring!)", 'Zorbix Labs'],
    ['Zorbix Labs [HIRING]', 'Zorbix Labs'],
    ['Zorbix Labs – we are hiring in Lisbon', 'Zorbix Labs'],
    ['Zorbix Labs · Now Hiring', 'Zorbix Labs'],
    ['Zorbix Labs is hiring', 'Zorbix Labs'],
    ['Quellwerk GmbH - Wir stellen ein!', 'Quellwerk GmbH'],
    ['Maison Tardo | On recrute', 'Maison Tardo'],
    ['Grupo Velarde - ¡Estamos contratando!', 'Grupo Velarde'],
  ])('%s → %s', (raw, plain) => {
    expect(withoutSlogan(raw)).toBe(plain);
  });

  it.each([
    'Hiring Partners Ltd',
    'Zorbix Labs',
    'Talent Co - Hiring Manager Network',
    'Washiring Works',
    'Zorbix - Hiringstone',
  ])('keeps %s as it is', (name) => {
    expect(withoutSlogan(name)).toBe(name);
  });

  it('leaves nothing rather than a bare separator, and passes null through', () => {
    expect(withoutSlogan("- We're hiring")).toBeNull();
    expect(withoutSlogan(null)).toBeNull();
  });
});

describe('a captured profile', () => {
  it('keeps no slogan in its current company or its positions', () => {
    const raw = {
      url: 'https://www.linkedin.com/in/mira-tolvane/',
      layers: [
        [
          'linkedin/public',
          {
            name: 'Mira Tolvane',
            company: "Zorbix Labs - We're hiring",
            experience: [
              { title: 'Senior Software Engineer', company: 'Zorbix Labs | Hiring', range: { text: '2021 – Present' } },
              { title: 'Engineer', company: 'Quellwerk GmbH (We’re hiring!)', range: { text: '2017 – 2021' } },
            ],
          },
        ],
      ],
    };
    const r = finishCapture(raw, 'linkedin', raw.url);
    if (r.kind !== 'profile') throw new Error(r.kind);
    expect(r.profile.current).toEqual({ title: 'Senior Software Engineer', company: 'Zorbix Labs' });
    expect(r.profile.experience.map((x) => x.company)).toEqual(['Zorbix Labs', 'Quellwerk GmbH']);
  });
});
