import { describe, expect, it } from 'vitest';
import { originLabel, rankCarried } from './carried-rank.ts';
import type { CarriedQuestion } from './learning.ts';

const q = (id: string, over: Partial<CarriedQuestion>): CarriedQuestion => ({
  id,
  text: `Question ${id}?`,
  contactId: 'origin',
  interviewId: 'i',
  at: 1000,
  organisation: null,
  field: null,
  status: 'open',
  askedIn: null,
  updatedAt: 1000,
  ...over,
});

describe('carried questions for a person', () => {
  const list = [
    q('anyone-old', { at: 1 }),
    q('field', { field: 'water', at: 5 }),
    q('org', { organisation: 'Brackwater Institute', field: 'water', at: 2 }),
    q('anyone-new', { at: 9 }),
    q('asked', { organisation: 'Brackwater Institute', status: 'asked' }),
    q('dismissed', { status: 'dismissed' }),
    q('own', { contactId: 'target', organisation: 'Brackwater Institute' }),
  ];
  it('offers the same organisation first, then the same field, then everyone, newest first', () => {
    const ranked = rankCarried(list, { contactId: 'target', organisation: ' brackwater institute', field: 'Water' });
    expect(ranked.map((r) => [r.question.id, r.reason])).toEqual([
      ['org', 'same-organisation'],
      ['field', 'same-field'],
      ['anyone-new', 'everyone'],
      ['anyone-old', 'everyone'],
    ]);
  });
  it('leaves out questions asked, dismissed, or written after a chat with the same person', () => {
    const ids = rankCarried(list, { contactId: 'target', organisation: null, field: null }).map((r) => r.question.id);
    expect(ids).not.toContain('asked');
    expect(ids).not.toContain('dismissed');
    expect(ids).not.toContain('own');
    expect(ids).toHaveLength(4);
  });
  it('an unknown organisation matches nobody by organisation', () => {
    const ranked = rankCarried([q('x', { organisation: null })], { contactId: null, organisation: null, field: null });
    expect(ranked[0]?.reason).toBe('everyone');
  });
  it('says where an idea came from', () => {
    expect(originLabel('Ana', Date.UTC(2026, 11, 3, 12), 'en-GB', 'UTC')).toBe('from your chat with Ana, 3 Dec');
    expect(originLabel(null, Date.UTC(2026, 11, 3, 12), 'en-GB', 'UTC')).toBe('from a chat on 3 Dec');
  });
});
