import { describe, expect, it } from 'vitest';
import type { Contact, Interview, Reminder } from '../domain/contact.ts';
import { defaultSettings } from '../domain/settings.ts';
import { draftMessage } from '../drafting/messages.ts';
import { draftContext, outcomeOf, suggestedKind } from './next-draft.ts';

const contact = (over: Partial<Contact> = {}): Contact => ({
  id: 'c1',
  profileUrl: null,
  captured: null,
  edits: { name: 'Ada Quarry', company: 'Fernlake Labs' },
  email: null,
  tags: [],
  stage: 'to-contact',
  referredBy: null,
  introducedBy: null,
  notes: '',
  createdAt: 0,
  updatedAt: 0,
  rev: 1,
  ...over,
});
const interview = (over: Partial<Interview> = {}): Interview => ({
  id: 'i1',
  contactId: 'c1',
  scheduledAt: 1000,
  minutes: 20,
  mode: 'video',
  questions: [],
  notes: '',
  takeaways: '',
  newQuestions: '',
  outcome: '',
  startedAt: 1000,
  endedAt: null,
  updatedAt: 0,
  rev: 1,
  ...over,
});
const reminder = (kind: Reminder['kind'], id = 'r1'): Reminder => ({
  id,
  contactId: 'c1',
  kind,
  dueAt: 0,
  text: '',
  done: false,
  snoozedUntil: null,
  interviewId: null,
});

describe('suggestedKind', () => {
  it('follows the reminder, else the stage', () => {
    expect(suggestedKind(contact(), [])).toBe('coldEmail');
    expect(suggestedKind(contact({ stage: 'met' }), [])).toBe('thankYou');
    expect(suggestedKind(contact({ stage: 'thanked' }), [])).toBe('followUp');
    expect(suggestedKind(contact({ stage: 'met' }), [reminder('thank-you'), reminder('follow-up', 'r2')], 'r2')).toBe(
      'followUp',
    );
  });
});

describe('follow-up with referral outcomes', () => {
  it('mentions the suggested person the user met and what came of it', () => {
    const met = outcomeOf('Bo Lindqvist', 'c2', [
      interview({ contactId: 'c2', endedAt: 5000, takeaways: '- Pointed me to a data team opening\n- more' }),
    ]);
    const notMet = outcomeOf('Cy Ferro', 'c3', []);
    expect(met).toMatchObject({ met: true, outcome: 'Pointed me to a data team opening' });
    const ctx = draftContext(
      'followUp',
      contact({ stage: 'thanked' }),
      defaultSettings(),
      { interviews: [interview({ endedAt: 2000 })], outcomes: [met, notMet], introducer: null },
      100 * 86_400_000,
    );
    const d = draftMessage('followUp', ctx);
    expect(d.body).toContain('I met Bo Lindqvist: Pointed me to a data team opening.');
    expect(d.body).toContain("I haven't yet managed to meet Cy Ferro");
  });
  it('names the introducer in a cold email, the company in an intro request', () => {
    const c = contact();
    const cold = draftMessage(
      'coldEmail',
      draftContext('coldEmail', c, defaultSettings(), { interviews: [], outcomes: [], introducer: 'Dee Marsh' }, 0),
    );
    expect(cold.subject).toBe('Dee Marsh suggested I get in touch');
    const intro = draftMessage(
      'introRequest',
      draftContext('introRequest', c, defaultSettings(), { interviews: [], outcomes: [], introducer: null }, 0, {
        targetCompany: 'Orbweave',
      }),
    );
    expect(intro.body).toContain('Orbweave');
  });
});
