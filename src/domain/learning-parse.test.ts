// Learning-loop records from a backup file or an older build: hostile until parsed.
import { describe, expect, it } from 'vitest';
import { parseContact, parseInterview } from './contact-parse.ts';
import { questionLines } from './learning.ts';
import { parseCarriedQuestion, parseDebrief } from './learning-parse.ts';
import { parseSettings } from './settings-parse.ts';

describe('learning-loop parsers', () => {
  it('a debrief keeps only scores 1–5 and bounded text', () => {
    const d = parseDebrief({
      fit: { skills: { score: 9, note: 'x'.repeat(5000) }, values: { score: 3, note: 7 }, interests: 'five' },
      toFindOut: ['not text'],
    });
    expect(d.fit.skills).toEqual({ score: null, note: 'x'.repeat(2000) });
    expect(d.fit.values).toEqual({ score: 3, note: '' });
    expect(d.fit.interests).toEqual({ score: null, note: '' });
    expect(d.toFindOut).toBe('');
    expect(parseDebrief('<script>')).toEqual(parseDebrief(null));
    expect(parseDebrief({ fit: { skills: { score: 2.5 } } }).fit.skills.score).toBeNull();
  });

  it('a carried question needs its id, text, origin and date; the rest gets defaults', () => {
    expect(() => parseCarriedQuestion({ id: 'q', text: '  ', contactId: 'c', interviewId: 'i', at: 1 })).toThrow(
      /text/,
    );
    expect(() => parseCarriedQuestion({ id: 'q', text: 'Why?', interviewId: 'i', at: 1 })).toThrow(/contactId/);
    expect(() => parseCarriedQuestion([])).toThrow();
    expect(
      parseCarriedQuestion({
        id: 'q',
        text: 'Why?',
        contactId: 'c',
        interviewId: 'i',
        at: 1,
        status: 'hacked',
        field: 3,
      }),
    ).toEqual({
      id: 'q',
      text: 'Why?',
      contactId: 'c',
      interviewId: 'i',
      at: 1,
      organisation: null,
      field: null,
      status: 'open',
      askedIn: null,
      updatedAt: 1,
    });
  });

  it('contacts and interviews: new fields only when present and valid, so older records round-trip', () => {
    const base = { id: 'c', createdAt: 1 };
    expect(parseContact(base)).not.toHaveProperty('caresAbout');
    expect(parseContact(base)).not.toHaveProperty('keepInTouchMonths');
    expect(parseContact({ ...base, keepInTouchMonths: 5, reachedOutAt: 'soon', repliedAt: 3 })).toMatchObject({
      keepInTouchMonths: 0,
      repliedAt: 3,
    });
    expect(parseContact({ ...base, reachedOutAt: Number.NaN })).not.toHaveProperty('reachedOutAt');
    const iv = { id: 'i', contactId: 'c', scheduledAt: 1 };
    expect(parseInterview(iv)).not.toHaveProperty('debrief');
    expect(parseInterview({ ...iv, debrief: 42 }).debrief?.fit.skills.score).toBeNull();
  });

  it('settings from before the learning loop get the no-reply default; bad values fall back to it', () => {
    expect(parseSettings({ reminders: { thankYou: { enabled: true, time: '09:00' } } }).reminders.noReply).toEqual({
      enabled: true,
      days: 7,
    });
    expect(parseSettings({ reminders: { noReply: { enabled: false, days: 500 } } }).reminders.noReply).toEqual({
      enabled: false,
      days: 7,
    });
  });

  it('"New questions" become one question per line', () => {
    expect(questionLines('- Why?\n\n* why\n2) How long?\n   \n• Who next?')).toEqual([
      'Why?',
      'How long?',
      'Who next?',
    ]);
  });
});
