import { describe, expect, it } from 'vitest';
import type { Contact, Interview, Referral } from './contact.ts';
import { fitByField, journalEntries, journalMarkdown, takeawaysBy } from './journal.ts';
import { emptyDebrief } from './learning.ts';
import { whoNext } from './who-next.ts';

const DAY = 86_400_000;
const contact = (id: string, name: string, company: string | null, over: Partial<Contact> = {}): Contact => ({
  id,
  profileUrl: null,
  captured: null,
  edits: { name, ...(company ? { company } : {}) },
  email: null,
  tags: ['water'],
  stage: 'met',
  referredBy: null,
  introducedBy: null,
  notes: '',
  createdAt: 0,
  updatedAt: 0,
  rev: 1,
  ...over,
});
const interview = (
  id: string,
  contactId: string,
  at: number,
  takeaways: string,
  skills: number | null = null,
): Interview => {
  const debrief = emptyDebrief();
  debrief.fit.skills.score = skills;
  return {
    id,
    contactId,
    scheduledAt: at,
    minutes: 20,
    mode: 'video',
    questions: [],
    notes: '',
    takeaways,
    newQuestions: '',
    outcome: '',
    startedAt: at,
    endedAt: at + 1,
    updatedAt: at,
    rev: 1,
    debrief,
  };
};

const contacts = [
  contact('ana', 'Ana Pellworth', 'Brackwater Institute'),
  contact('ben', 'Ben Rooke', 'Tidewell', { tags: [] }),
  contact('cy', 'Cy Marrow', 'Brackwater Institute', { stage: 'to-contact', referredBy: 'ana' }),
  contact('dee', 'Dee Sallow', null, { stage: 'reached-out', reachedOutAt: 0 }),
];
const interviews = [
  interview('i2', 'ben', 20 * DAY, 'Build a portfolio', null),
  interview('i1', 'ana', 10 * DAY, '- Build a portfolio of projects\n- Field work is seasonal', 3),
  interview('i3', 'ana', 30 * DAY, 'Grants take a year', 5),
];

describe('the journal', () => {
  const entries = journalEntries({ contacts, interviews, carried: [] });
  it('groups takeaways by organisation and by field, with the date and the person', () => {
    expect(entries.map((e) => e.interview.id)).toEqual(['i1', 'i2', 'i3']);
    const byOrg = takeawaysBy(entries, 'organisation');
    expect(byOrg.map((g) => [g.key, g.items.map((t) => `${t.name}: ${t.text}`)])).toEqual([
      [
        'Brackwater Institute',
        [
          'Ana Pellworth: Build a portfolio of projects',
          'Ana Pellworth: Field work is seasonal',
          'Ana Pellworth: Grants take a year',
        ],
      ],
      ['Tidewell', ['Ben Rooke: Build a portfolio']],
    ]);
    expect(takeawaysBy(entries, 'field').map((g) => g.key)).toEqual(['water', 'Not recorded']);
  });
  it('charts fit scores per field over time, leaving out unscored interviews', () => {
    expect(fitByField(entries)).toEqual([
      {
        field: 'water',
        points: [
          { at: 10 * DAY + 1, name: 'Ana Pellworth', scores: { skills: 3, values: null, interests: null } },
          { at: 30 * DAY + 1, name: 'Ana Pellworth', scores: { skills: 5, values: null, interests: null } },
        ],
      },
    ]);
  });
  it('exports as Markdown, with recurring advice and open questions', () => {
    const md = journalMarkdown(
      {
        contacts,
        interviews,
        carried: [
          {
            id: 'q',
            text: 'Who funds *field* work?',
            contactId: 'ana',
            interviewId: 'i1',
            at: 10 * DAY,
            organisation: null,
            field: null,
            status: 'open',
            askedIn: null,
            updatedAt: 0,
          },
        ],
      },
      40 * DAY,
    );
    expect(md).toContain('### Brackwater Institute\n\n- Build a portfolio of projects (Ana Pellworth, 1970-01-11)');
    expect(md).toContain('## Advice I heard more than once\n\n### “build portfolio”');
    expect(md).toContain('- Who funds \\*field\\* work? (from Ana Pellworth, 1970-01-11)');
    expect(md).toContain('- My skills: 5/5');
  });
});

describe('who next', () => {
  it('lists the referred, the one-perspective organisations and the stuck, each with its reason', () => {
    const referrals: Referral[] = [{ id: 'r', fromContactId: 'ana', toContactId: 'cy', interviewId: 'i1', at: 0 }];
    const list = whoNext(contacts, referrals, interviews, 9 * DAY);
    expect(list.map((i) => [i.kind, i.label, i.reason])).toEqual([
      ['referred', 'Cy Marrow', 'Suggested by Ana Pellworth; not contacted yet'],
      [
        'one-perspective',
        'Cy Marrow (Brackwater Institute)',
        'Only Ana Pellworth has told you about Brackwater Institute so far; Cy Marrow works there too',
      ],
      [
        'one-perspective',
        'Tidewell',
        'Only Ben Rooke has told you about Tidewell so far: ask them who else to talk to there',
      ],
      ['stuck', 'Dee Sallow', 'Reached out 9 days ago, no reply yet: one short, polite follow-up is fine'],
    ]);
    // Not stuck before N days, nor once they replied.
    expect(whoNext(contacts, referrals, interviews, 3 * DAY).some((i) => i.kind === 'stuck')).toBe(false);
    const replied = contacts.map((c) => (c.id === 'dee' ? { ...c, repliedAt: DAY } : c));
    expect(whoNext(replied, referrals, interviews, 9 * DAY).some((i) => i.kind === 'stuck')).toBe(false);
  });
});
