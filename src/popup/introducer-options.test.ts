import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact.ts';
import { emptyProfile } from '../domain/profile.ts';
import { introducerGroups } from './introducer-options.ts';

function contact(id: string, name: string, company: string | null): Contact {
  const captured = emptyProfile(`https://www.linkedin.com/in/${id}/`, 'linkedin');
  captured.name = name;
  captured.current = company ? { title: null, company } : null;
  return {
    id,
    profileUrl: captured.url,
    captured,
    edits: {},
    email: null,
    tags: [],
    stage: 'to-research',
    referredBy: null,
    introducedBy: null,
    notes: '',
    createdAt: 0,
    updatedAt: 0,
    rev: 1,
  };
}

describe('introducerGroups', () => {
  const list = [
    contact('a', 'Yara Quist', 'Brightwell Labs GmbH'),
    contact('b', 'Abe Lund', 'Other Co'),
    contact('c', 'Cleo Marr', 'Brightwell Labs Research'),
    contact('self', 'Lena Marchetti', 'Brightwell Labs'),
    contact('d', 'Dev Oyelaran', null),
  ];

  it('puts people at the same or a related organisation first, sorted by name', () => {
    const g = introducerGroups(list, 'Brightwell Labs', 'self');
    expect(g.atCompany.map((c) => c.id)).toEqual(['c', 'a']);
    expect(g.others.map((c) => c.id)).toEqual(['b', 'd']);
  });

  it('never offers the person themself, and groups nobody when the company is unknown', () => {
    const g = introducerGroups(list, '', 'self');
    expect(g.atCompany).toEqual([]);
    expect(g.others.map((c) => c.id)).not.toContain('self');
    expect(g.others).toHaveLength(4);
  });
});
