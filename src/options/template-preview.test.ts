import { describe, expect, it } from 'vitest';
import { defaultSettings, MESSAGE_KINDS } from '../domain/settings.ts';
import { DEFAULT_TEMPLATES, SAMPLE_SETTINGS } from '../drafting/index.ts';
import { excerpt, previewOf, templateErrors, templateOf, withTemplate } from './template-preview.ts';

const NOW = Date.UTC(2026, 10, 26, 9, 0);

describe('template editor logic', () => {
  it('stores only templates that differ from the default', () => {
    const s = defaultSettings();
    const changed = withTemplate(s, 'thankYou', { subject: 'Thanks!', body: 'Hi {{contact.firstName}}' });
    expect(changed.templates.thankYou?.subject).toBe('Thanks!');
    expect(withTemplate(changed, 'thankYou', DEFAULT_TEMPLATES.thankYou).templates).toEqual({});
    expect(withTemplate(changed, 'thankYou', null).templates).toEqual({});
    expect(templateOf(s, 'coldEmail')).toBe(DEFAULT_TEMPLATES.coldEmail);
  });

  it('reports an unknown name with its part, line and column', () => {
    const body = 'Hi {{contact.firstName}},\n\nI saw {{contact.fristName}} at work.';
    const [err, ...rest] = templateErrors({ subject: 'Hello', body });
    expect(rest).toEqual([]);
    expect(err).toMatchObject({ part: 'body', line: 3, column: 7 });
    expect(excerpt(body, err!)).toEqual({ before: 'I saw ', mark: '{{contact.fristName}}', after: ' at work.' });
  });

  it('reports an unclosed section', () => {
    const errors = templateErrors({ subject: '{{#if introducer}}Hi', body: '' });
    expect(errors[0]?.part).toBe('subject');
  });

  it('previews every default on the sample person, with no placeholder left over', () => {
    for (const kind of MESSAGE_KINDS) {
      const { draft } = previewOf(kind, DEFAULT_TEMPLATES[kind], SAMPLE_SETTINGS, NOW);
      expect(draft.body).toContain('Marisol');
      expect(draft.body).not.toContain('{{');
    }
  });

  it('measures the connection note against the limit of the user’s account: 200, or 300 with Premium', () => {
    const p = previewOf('connectionNote', DEFAULT_TEMPLATES.connectionNote, SAMPLE_SETTINGS, NOW);
    expect(p.measure?.text).toMatch(/^\d+ \/ 200 characters$/);
    expect(p.measure?.over).toBe(false);
    const premium = { ...SAMPLE_SETTINGS, linkedInPremium: true };
    const q = previewOf('connectionNote', DEFAULT_TEMPLATES.connectionNote, premium, NOW);
    expect(q.measure?.text).toMatch(/^\d+ \/ 300 characters$/);
    expect(q.measure?.over).toBe(false);
  });

  it("drafts from the user's own About you and time zone, not the sample's", () => {
    const mine = {
      ...SAMPLE_SETTINGS,
      user: {
        ...SAMPLE_SETTINGS.user,
        name: 'Quill Ambersand',
        position: 'a final-year MSc student in hydrology',
        signature: '',
      },
      availability: { ...SAMPLE_SETTINGS.availability, timeZone: 'Asia/Tokyo' },
    };
    const { draft } = previewOf('coldEmail', DEFAULT_TEMPLATES.coldEmail, mine, NOW);
    expect(draft.body).toContain('Quill Ambersand');
    expect(draft.body).toContain('a final-year MSc student in hydrology');
    expect(draft.body).not.toContain(SAMPLE_SETTINGS.user.name);
    expect(draft.body).toMatch(/JST|GMT\+9|Tokyo/);
  });
});
