import { describe, expect, it } from 'vitest';
import { draftMessage, SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS } from '../drafting/index.ts';
import { draftFor, shownVariant } from './message-context.ts';

const NOW = Date.UTC(2026, 10, 26, 9);
const p = SAMPLE_CAREER_CHANGER;
const shown = { name: p.name ?? '', company: p.current?.company ?? '', title: p.current?.title ?? '' };
const inputs = {
  profile: p,
  shown,
  introducer: null,
  slots: [],
  settings: SAMPLE_SETTINGS,
  now: NOW,
  language: 'en' as const,
};

describe('the message for someone already connected', () => {
  it('is the cold email’s text without a subject, and no connection note', () => {
    const r = draftFor({ ...inputs, variant: 'directMessage' });
    const email = draftMessage('coldEmail', {
      contact: { name: shown.name, company: shown.company, title: shown.title, profile: p },
      settings: SAMPLE_SETTINGS,
      slots: [],
      now: NOW,
      language: 'en',
    });
    expect(r).toEqual({ draft: { subject: '', body: email.body }, to: null });
    expect('draft' in r && r.draft.body).toMatch(/^Hi Marisol,\n/);
  });

  it('takes the note’s place when they are connected, and gives it back when they are not (or it is unknown)', () => {
    expect(shownVariant('connectionNote', true)).toBe('directMessage');
    expect(shownVariant('directMessage', false)).toBe('connectionNote');
    expect(shownVariant('connectionNote', false)).toBe('connectionNote');
    expect(shownVariant('coldEmail', true)).toBe('coldEmail');
    expect(shownVariant('introRequest', true)).toBe('introRequest');
  });
});
