import { describe, expect, it } from 'vitest';
import type { CapturedProfile } from '../domain/profile.ts';
import { defaultSettings, MESSAGE_KINDS, type Settings } from '../domain/settings.ts';
import type { DraftContext } from './context.ts';
import { DEFAULT_TEMPLATES } from './defaults.ts';
import { connectionNoteLimit, countCharacters, countWords, draftMessage, resolveTemplate } from './messages.ts';
import { SAMPLE_CAREER_CHANGER, SAMPLE_PHD_IN_INDUSTRY, SAMPLE_SETTINGS, SAMPLE_SPARSE } from './samples.ts';
import { parseTemplate } from './template.ts';

const NOW = Date.UTC(2026, 10, 26, 9); // Thu 26 Nov 2026
const DAY = 86_400_000;

function ctx(
  profile: CapturedProfile | null,
  extra: Partial<DraftContext> = {},
  settings: Settings = SAMPLE_SETTINGS,
): DraftContext {
  return {
    contact: {
      name: profile?.name ?? 'Sam Example',
      company: profile?.current?.company ?? null,
      title: profile?.current?.title ?? null,
      profile,
    },
    settings,
    now: NOW,
    ...extra,
  };
}
const intro = { introducer: { name: 'Priya Castellanos', relation: 'my thesis supervisor' } };

describe('cold email', () => {
  it.each([
    ['with an introducer', intro, true],
    ['without one', {}, false],
  ])('%s', (_n, extra, named) => {
    const d = draftMessage('coldEmail', ctx(SAMPLE_PHD_IN_INDUSTRY, extra));
    expect(d.body.includes('Priya Castellanos, my thesis supervisor, suggested I get in touch')).toBe(named);
    expect(d.subject).toBe(named ? 'Priya Castellanos suggested I get in touch' : 'A 20-minute chat about your work?');
    expect(d.body).toMatch(/^Hi Oluwaseun,\n/);
    expect(d.body).toContain("I'm Jonah Ferreira-Lutz, a final-year MSc student in environmental science.");
    expect(d.body).toContain(
      'I noticed you went from Postdoctoral Researcher at the University of Eastvale to Senior Data Scientist at Northwind Grid Analytics AS',
    );
    expect(d.body).toContain("I'd love to hear what made you change course");
    expect(d.body.match(/\bmove\b/g)).toBeNull(); // once said "your move … made the move"
    expect(d.body).toContain('20 minutes for a phone or video call');
    expect(d.body.match(/^- \w{3} \d{1,2} \w{3}, \d\d:\d\d–\d\d:\d\d CET$/gm)).toHaveLength(3);
    expect(d.body.endsWith(SAMPLE_SETTINGS.user.signature)).toBe(true);
    expect(countWords(d.body)).toBeLessThanOrEqual(170);
  });

  it('uses given slots and the configured meeting length', () => {
    const s: Settings = {
      ...SAMPLE_SETTINGS,
      availability: { ...SAMPLE_SETTINGS.availability, timeZone: 'Europe/Berlin', meetingMinutes: 30 },
    };
    // The draft writes each slot's label itself, in its own language and the user's clock.
    const at = (day: number) => Date.UTC(2029, 0, day, 9);
    const slots = [1, 2].map((d) => ({ start: at(d), end: at(d) + 1_800_000, label: 'ignored' }));
    const d = draftMessage('coldEmail', ctx(SAMPLE_CAREER_CHANGER, { slots }, s));
    expect(d.body).toContain('30 minutes');
    expect(d.body).toContain('- Mon 1 Jan, 10:00–10:30 CET\n- Tue 2 Jan, 10:00–10:30 CET\n');
  });

  it('asks for a time that suits them when there are no slots', () => {
    const d = draftMessage('coldEmail', ctx(SAMPLE_CAREER_CHANGER, { slots: [] }));
    expect(d.body).toContain('in the coming weeks, at a time that suits you?');
    expect(d.body).not.toContain('- ');
  });

  it('says nothing specific when there is no profile, and still reads cleanly', () => {
    const d = draftMessage('coldEmail', ctx(null));
    expect(d.body).toMatch(/^Hi Sam,\n\n/);
    expect(d.body).toContain("\n\nI'd love to hear how you found your way into your field");
    expect(d.body).not.toMatch(/ {2}|\n{3}| [,.]/);
  });

  it('stays within 170 words by leaving out the pitch when the user wrote a long one', () => {
    const s: Settings = {
      ...SAMPLE_SETTINGS,
      user: { ...SAMPLE_SETTINGS.user, pitch: 'word '.repeat(120).trim() + '.' },
    };
    const d = draftMessage('coldEmail', ctx(SAMPLE_CAREER_CHANGER, intro, s));
    expect(countWords(d.body)).toBeLessThanOrEqual(170);
    expect(d.body).not.toContain('word word');
    expect(d.body).toContain('Priya Castellanos');
  });
});

describe('connection note', () => {
  it('is limited to 200 characters, as on a free LinkedIn account, unless the user has Premium (300)', () => {
    expect(connectionNoteLimit(defaultSettings())).toBe(200);
    expect(connectionNoteLimit({ ...defaultSettings(), linkedInPremium: true })).toBe(300);
  });

  it.each([
    ['with an introducer', SAMPLE_CAREER_CHANGER, intro],
    ['without one', SAMPLE_PHD_IN_INDUSTRY, {}],
    ['sparse, in Japanese script', SAMPLE_SPARSE, {}],
  ])('%s fits in 200 characters and keeps the ask', (_n, p, extra) => {
    const d = draftMessage('connectionNote', ctx(p, extra));
    expect(d.subject).toBe('');
    expect(countCharacters(d.body)).toBeLessThanOrEqual(200);
    expect(d.body).toContain('Would you have 20 minutes for a call?');
    expect(d.body.includes('Priya Castellanos suggested I reach out')).toBe('introducer' in extra);
  });

  it('keeps the specific thing about them in 300 characters (Premium) when only the optional parts need to go', () => {
    const premium = { ...SAMPLE_SETTINGS, linkedInPremium: true };
    const d = draftMessage('connectionNote', ctx(SAMPLE_CAREER_CHANGER, intro, premium));
    expect(countCharacters(d.body)).toBeLessThanOrEqual(300);
    expect(d.body).toContain('you went from Chemistry Teacher at Harbourside Lyceum to UX Researcher');
  });

  it('in 200 characters, leaves out the generic parts first and says the specific thing more briefly', () => {
    const d = draftMessage('connectionNote', ctx(SAMPLE_CAREER_CHANGER, intro));
    expect(d.body).toBe(
      "Hi Marisol, Priya Castellanos suggested I reach out. I'm Jonah. Your work as UX Researcher at Tidewater Mobility B.V. caught my eye. Would you have 20 minutes for a call? Thank you!",
    );
  });

  it('keeps "what I\'d love to learn" in a template of the user\'s that does not make it optional', () => {
    const own = {
      ...SAMPLE_SETTINGS,
      templates: {
        connectionNote: {
          subject: '',
          body: "Hi {{contact.firstName}}, I'm {{user.name}}. {{contact.highlight}} I'd love to hear {{learn}}. Coffee?",
        },
      },
    };
    const d = draftMessage('connectionNote', ctx(SAMPLE_PHD_IN_INDUSTRY, {}, own));
    expect(countCharacters(d.body)).toBeLessThanOrEqual(200);
    expect(d.body).toContain("I'd love to hear about your path.");
  });

  it('says "[your name]" whole when the user has not filled in their name yet', () => {
    const s: Settings = { ...SAMPLE_SETTINGS, user: { ...SAMPLE_SETTINGS.user, name: '' } };
    const d = draftMessage('connectionNote', ctx(SAMPLE_PHD_IN_INDUSTRY, intro, s));
    expect(countCharacters(d.body)).toBeLessThanOrEqual(200);
    expect(d.body).toContain("I'm [your name].");
  });

  it('counts what a person sees: emoji sequences and CJK are one character each', () => {
    expect(countCharacters('👩‍💻')).toBe(1);
    expect(countCharacters('👍🏽')).toBe(1);
    expect(countCharacters('🇳🇴')).toBe(1);
    expect(countCharacters('東京大学')).toBe(4);
    expect(countCharacters('é')).toBe(1); // e + combining acute
    expect(countCharacters('')).toBe(0);
  });

  it('shortens gracefully with multi-byte names and a long multi-byte pitch', () => {
    const s: Settings = {
      ...SAMPLE_SETTINGS,
      user: {
        ...SAMPLE_SETTINGS.user,
        name: '李小龍 🧪👩‍🔬',
        position: 'データサイエンスを学ぶ大学院生 '.repeat(8).trim(),
        field: '気候テック 🌍'.repeat(10),
      },
    };
    const d = draftMessage('connectionNote', ctx(SAMPLE_SPARSE, intro, s));
    expect(countCharacters(d.body)).toBeLessThanOrEqual(200);
    expect(d.body).toContain('李小龍 🧪👩‍🔬');
    expect(d.body).not.toContain('\uFFFD');
    // the long position and field went; the introducer, the specific thing and the ask stayed
    expect(d.body).not.toContain('データサイエンス');
    expect(d.body).toContain('Priya Castellanos suggested I reach out.');
    expect(d.body).toContain('Your work as プロダクトマネージャー caught my eye.');
    expect(d.body).toContain('Would you have 20 minutes for a call?');
  });

  it('cuts at a word boundary with an ellipsis as the last resort', () => {
    // A greeting no step can shorten: an East Asian name has no first name to fall back on.
    const base = ctx(SAMPLE_SPARSE);
    const d = draftMessage('connectionNote', {
      ...base,
      contact: { ...base.contact, name: '名前 '.repeat(120).trim() },
    });
    expect(countCharacters(d.body)).toBeLessThanOrEqual(200);
    expect(d.body).toMatch(/名前…$/);
  });
});

describe('intro request', () => {
  it.each([
    [
      'to someone at an organisation',
      { target: { company: 'Tidewater Mobility B.V.' } },
      'Could you introduce me to someone at Tidewater Mobility B.V.?',
    ],
    [
      'to a named person',
      { target: { company: 'Acme', person: 'Dana Example' } },
      'Could you introduce me to Dana Example?',
    ],
    ['no target: their own organisation', {}, 'Could you introduce me to someone at Northwind Grid Analytics AS?'],
  ])('%s', (_n, extra, subject) => {
    const d = draftMessage('introRequest', ctx(SAMPLE_PHD_IN_INDUSTRY, extra));
    expect(d.subject).toBe(subject);
    expect(d.body).toContain('introduce');
    const forwardable = /\n---\n([\s\S]+?)\n---\n/.exec(d.body)?.[1] ?? '';
    expect(forwardable).toMatch(
      /^Jonah Ferreira-Lutz is a final-year MSc student in environmental science and is exploring product roles in climate tech\./,
    );
    expect(forwardable).toContain('jonah.sample@example.org');
    expect(forwardable).not.toMatch(/\bI\b|\bmy\b/); // third person, ready to forward
    expect(countWords(forwardable)).toBeLessThan(80);
  });

  it('reads cleanly with no organisation known', () => {
    const d = draftMessage('introRequest', ctx(SAMPLE_SPARSE));
    expect(d.subject).toBe('Could you introduce me to someone at your organisation?');
    expect(d.body).toContain('to hear about your work. This is about learning');
  });
});

describe('thank-you', () => {
  it.each([
    [
      'takeaway from the takeaways field',
      { notes: { takeaways: '- Portfolio case studies beat certificates\n- second point' } },
      'The point I keep coming back to: Portfolio case studies beat certificates.',
    ],
    [
      'else from the notes',
      { notes: { notes: '\n1) Ask teams how they measure impact!' } },
      'The point I keep coming back to: Ask teams how they measure impact!',
    ],
    ['no notes', {}, 'I learned a lot from hearing about your path.'],
  ])('%s', (_n, extra, line) => {
    expect(draftMessage('thankYou', ctx(SAMPLE_CAREER_CHANGER, extra)).body).toContain(line);
  });

  it.each([
    [[], null],
    [[{ name: 'Ana', met: false }], 'suggesting I speak with Ana.'],
    [
      [
        { name: 'Ana', met: false },
        { name: 'Bo', met: false },
      ],
      'suggesting I speak with Ana and Bo.',
    ],
    [
      [
        { name: 'Ana', met: false },
        { name: 'Bo', met: false },
        { name: 'Чен', met: false },
      ],
      'suggesting I speak with Ana, Bo and Чен.',
    ],
  ])('thanks for %j', (referralOutcomes, text) => {
    const d = draftMessage('thankYou', ctx(SAMPLE_CAREER_CHANGER, { referralOutcomes }));
    if (text) expect(d.body).toContain(text);
    else expect(d.body).not.toContain('suggesting');
  });

  it('says when they met', () => {
    expect(draftMessage('thankYou', ctx(SAMPLE_CAREER_CHANGER, { meetingAt: NOW - DAY })).subject).toBe(
      'Thank you for your time yesterday',
    );
    expect(draftMessage('thankYou', ctx(SAMPLE_CAREER_CHANGER, { meetingAt: NOW - 3 * DAY })).body).toContain(
      'talk with me on Monday.',
    );
    expect(draftMessage('thankYou', ctx(SAMPLE_CAREER_CHANGER)).subject).toBe('Thank you for your time');
  });
});

describe('follow-up', () => {
  const outcomes = [
    { name: 'Tobias Wrenfield', met: true, outcome: 'he showed me how his team runs usability tests' },
    { name: 'Lena Okoro', met: false },
  ];
  it('reports who the user met and what came of it, who not yet, and the news', () => {
    const d = draftMessage(
      'followUp',
      ctx(SAMPLE_CAREER_CHANGER, {
        referralOutcomes: outcomes,
        userNews: 'I start an internship in February',
        meetingAt: NOW - 95 * DAY,
      }),
    );
    expect(d.body).toContain('since we spoke in August, and I wanted to let you know what came of your suggestions.');
    expect(d.body).toContain('- I met Tobias Wrenfield: he showed me how his team runs usability tests.');
    expect(d.body).toContain("I haven't yet managed to meet Lena Okoro, but I still hope to.");
    expect(d.body).toContain('My own news: I start an internship in February.');
    expect(d.body).toContain('for pointing me to the right people.');
  });

  it.each([
    ['news only', { userNews: 'I finished my thesis' }, 'share some news.'],
    ['nothing to report', {}, 'say hello: our conversation has stayed with me.'],
    ['met someone, no outcome written', { referralOutcomes: [{ name: 'Ana', met: true }] }, '- I met Ana\n'],
  ])('%s', (_n, extra, text) => {
    const d = draftMessage('followUp', ctx(SAMPLE_PHD_IN_INDUSTRY, extra));
    expect(d.body).toContain(text);
    expect(d.body).not.toMatch(/\n{3}| {2}/);
  });
});

describe('templates', () => {
  it('every default parses', () => {
    for (const kind of MESSAGE_KINDS) {
      expect(parseTemplate(DEFAULT_TEMPLATES[kind].subject).ok).toBe(true);
      expect(parseTemplate(DEFAULT_TEMPLATES[kind].body).ok).toBe(true);
    }
  });

  it("uses the user's own template when set", () => {
    const s: Settings = {
      ...SAMPLE_SETTINGS,
      templates: { thankYou: { subject: 'Thanks, {{contact.firstName | "friend"}}', body: 'Cheers! {{user.name}}' } },
    };
    expect(draftMessage('thankYou', ctx(SAMPLE_CAREER_CHANGER, {}, s))).toEqual({
      subject: 'Thanks, Marisol',
      body: 'Cheers! Jonah Ferreira-Lutz',
    });
    expect(draftMessage('followUp', ctx(SAMPLE_CAREER_CHANGER, {}, s)).subject).toBe('An update since we spoke');
  });

  it('falls back to the default when the user template is broken, and says why', () => {
    const s: Settings = { ...SAMPLE_SETTINGS, templates: { thankYou: { subject: 'x', body: '{{#if news}}oops' } } };
    expect(resolveTemplate('thankYou', s).errors[0]).toMatchObject({ line: 1, column: 1 });
    expect(draftMessage('thankYou', ctx(SAMPLE_CAREER_CHANGER, {}, s)).subject).toBe('Thank you for your time');
  });

  it('never prints template syntax from profile text', () => {
    const p = { ...SAMPLE_SPARSE, name: '{{user.email}} Eve', current: { title: '{{#if x}}', company: null } };
    const d = draftMessage('coldEmail', ctx(p));
    expect(d.body).toContain('Hi {{user.email}},');
    expect(d.body).toContain('{{#if x}}');
  });
});

describe('before the user has filled in their settings', () => {
  it('leaves a visible gap instead of broken sentences', () => {
    const d = draftMessage('coldEmail', ctx(null, {}, defaultSettings('UTC')));
    expect(d.body).toContain("I'm [your name].");
    expect(d.body.endsWith('Thank you,\n[your name]')).toBe(true);
  });
});
