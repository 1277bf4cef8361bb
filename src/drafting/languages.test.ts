// Each language's default templates: complete, parseable, in the right register and salutation,
// within the length limits, with dates in that language's style.
import { describe, expect, it } from 'vitest';
import { DRAFT_LANGUAGES, type DraftLanguage } from '../domain/language.ts';
import { MESSAGE_KINDS, type Settings, withOwnTemplates } from '../domain/settings.ts';
import { type DraftContext, whenPhrase } from './context.ts';
import { DEFAULT_TEMPLATES_IN } from './defaults.ts';
import {
  COLD_EMAIL_WORD_LIMIT,
  CONNECTION_NOTE_LIMIT,
  CONNECTION_NOTE_LIMIT_PREMIUM,
  countCharacters,
  countWords,
  draftMessage,
} from './messages.ts';
import { SAMPLE_CAREER_CHANGER, SAMPLE_SETTINGS, SAMPLE_USER_IN } from './samples.ts';
import { nextSlots } from './slots.ts';
import { parseTemplate } from './template.ts';

const NOW = Date.UTC(2026, 10, 26, 9); // Thu 26 Nov 2026
const DAY = 86_400_000;

function settingsIn(lang: DraftLanguage, patch: Partial<Settings> = {}): Settings {
  return { ...SAMPLE_SETTINGS, user: { ...SAMPLE_SETTINGS.user, ...SAMPLE_USER_IN[lang] }, ...patch };
}

function ctxIn(lang: DraftLanguage, extra: Partial<DraftContext> = {}, s = settingsIn(lang)): DraftContext {
  const p = SAMPLE_CAREER_CHANGER;
  return {
    contact: { name: p.name ?? '', company: p.current?.company ?? null, title: p.current?.title ?? null, profile: p },
    settings: s,
    now: NOW,
    language: lang,
    ...extra,
  };
}

const FULL: Partial<DraftContext> = {
  introducer: { name: 'Tove Marrowby', relation: 'my lab partner' },
  notes: { takeaways: 'Start with research operations.' },
  referralOutcomes: [
    { name: 'Bram Quillon', met: true, outcome: 'a good talk' },
    { name: 'Sunniva Ekdahl', met: false },
  ],
  userNews: 'I start an internship in January',
  target: { company: 'Tidewater Mobility B.V.', person: 'Bram Quillon' },
  meetingAt: NOW - 95 * DAY,
};

describe.each(DRAFT_LANGUAGES)('default templates in %s', (lang) => {
  it.each(MESSAGE_KINDS)('%s parses and is its own text', (kind) => {
    const t = DEFAULT_TEMPLATES_IN[lang][kind];
    expect(parseTemplate(t.subject).ok).toBe(true);
    expect(parseTemplate(t.body).ok).toBe(true);
    if (lang !== 'en') expect(t.body).not.toBe(DEFAULT_TEMPLATES_IN.en[kind].body);
  });

  it.each(MESSAGE_KINDS)('%s renders cleanly with and without everything', (kind) => {
    for (const extra of [{}, FULL]) {
      const d = draftMessage(kind, ctxIn(lang, extra));
      expect(d.body).not.toMatch(/\{\{|\}\}| {2}|\n{3}| [,.]/);
      // A note over the limit signs with the first name (LinkedIn shows the sender's full name beside it).
      expect(d.body).toContain(kind === 'connectionNote' ? 'Jonah' : 'Jonah Ferreira-Lutz');
      if (kind !== 'connectionNote') expect(d.subject.length).toBeGreaterThan(5);
    }
  });

  it('keeps the cold email under the word limit and the note within 200 characters (300 with Premium)', () => {
    const long = settingsIn(lang, {
      user: { ...settingsIn(lang).user, pitch: `${settingsIn(lang).user.pitch} `.repeat(6) },
    });
    expect(countWords(draftMessage('coldEmail', ctxIn(lang, FULL, long)).body)).toBeLessThanOrEqual(
      COLD_EMAIL_WORD_LIMIT,
    );
    expect(countCharacters(draftMessage('connectionNote', ctxIn(lang, FULL, long)).body)).toBeLessThanOrEqual(
      CONNECTION_NOTE_LIMIT,
    );
    const premium = { ...long, linkedInPremium: true };
    expect(countCharacters(draftMessage('connectionNote', ctxIn(lang, FULL, premium)).body)).toBeLessThanOrEqual(
      CONNECTION_NOTE_LIMIT_PREMIUM,
    );
  });
});

describe('salutation, register and sign-off', () => {
  const email = (lang: DraftLanguage, extra: Partial<DraftContext> = {}) =>
    draftMessage('coldEmail', ctxIn(lang, extra)).body;

  it.each([
    ['en', /^Hi Marisol,\n\nI'm Jonah/, /\bThank you,\nJonah/],
    ['fr', /^Bonjour Marisol Quennell,\n\nJe m'appelle Jonah/, /\n\nBien cordialement,\nJonah/],
    ['de', /^Guten Tag Marisol Quennell,\n\nmein Name ist Jonah/, /\n\nMit freundlichen Grüßen\nJonah/],
    ['es', /^Buenos días, Marisol Quennell:\n\nMe llamo Jonah/, /\n\nUn cordial saludo,\nJonah/],
  ] as const)('%s', (lang, start, end) => {
    expect(email(lang)).toMatch(start);
    expect(email(lang)).toMatch(end);
  });

  // Whole words, accented letters included ("tête" is not "te").
  const word = (alternatives: string, flags = 'u') => new RegExp(`(?<!\\p{L})(${alternatives})(?!\\p{L})`, flags);
  it.each([
    ['fr', word('vous'), word('tu|te|toi|ton|ta|tes', 'iu')],
    ['de', word('Sie|Ihnen|Ihren?'), word('du|dich|dir|dein\\p{L}*')],
    ['es', word('usted|le|su|sus|\\p{L}+le'), word('tú|te|ti|tu', 'iu')],
  ] as const)('%s uses the polite form and never the familiar one', (lang, polite, familiar) => {
    for (const kind of MESSAGE_KINDS) {
      const d = draftMessage(kind, ctxIn(lang, FULL));
      expect(d.body).toMatch(polite);
      expect(`${d.subject}\n${d.body}`.replace(/Marisol|Quennell|Tove|Marrowby/g, '')).not.toMatch(familiar);
    }
  });

  it('starts the German text after the salutation in lower case, unless it starts with a name', () => {
    expect(email('de')).toMatch(/,\n\nmein Name/);
    expect(email('de', { introducer: { name: 'Tove Marrowby' } })).toMatch(
      /,\n\nTove Marrowby hat mir empfohlen, mich bei Ihnen zu melden\. Mein Name ist/,
    );
  });

  it('puts a no-break space before French ? and : and none in other languages', () => {
    const fr = email('fr');
    expect(fr).toContain('\u00a0?');
    expect(fr).not.toMatch(/ [?:]/);
    expect(email('es')).toMatch(/¿Tendría 20 minutos/);
  });

  it('joins people with the language’s own "and"', () => {
    const many = { ...FULL, referralOutcomes: [1, 2, 3].map((n) => ({ name: `Person ${n}`, met: false })) };
    const join: Record<DraftLanguage, string> = { en: 'and', fr: 'et', de: 'und', es: 'y' };
    for (const lang of DRAFT_LANGUAGES) {
      expect(draftMessage('thankYou', ctxIn(lang, many)).body).toContain(`Person 1, Person 2 ${join[lang]} Person 3`);
    }
  });
});

describe('dates in the draft language and the user’s clock', () => {
  const slots = nextSlots(SAMPLE_SETTINGS.availability, NOW, 1);
  it.each([
    ['en', undefined, 'auto', '- Fri 27 Nov, 09:00–09:20 CET'],
    ['en', 'en-US', '12h', '- Fri, Nov 27, 9:00 – 9:20 AM CET'],
    ['en', 'en-US', '24h', '- Fri, Nov 27, 09:00 – 09:20 CET'],
    ['fr', 'en-US', 'auto', '- ven. 27 nov., 09:00 – 09:20 CET'],
    ['de', undefined, 'auto', '- Fr., 27. Nov., 09:00–09:20 Uhr CET'],
    ['es', 'es-MX', '24h', '- vie 27 de nov, 09:00–09:20 CET'],
  ] as const)('%s (user locale %s, clock %s)', (lang, locale, clock, line) => {
    const s = settingsIn(lang, { clock });
    const body = draftMessage('coldEmail', ctxIn(lang, { slots, locale }, s)).body;
    expect(body.replace(/[\u2009\u202f]/g, ' ')).toContain(line);
  });

  // Days before Thu 26 Nov 2026: 0, 1, 3 (a Monday), 40 (October), 400 (October last year).
  const WHEN: [DraftLanguage, string[]][] = [
    ['en', ['today', 'yesterday', 'on Monday', 'in October', 'in October 2025']],
    ['fr', ["aujourd'hui", 'hier', 'lundi', 'en octobre', 'en octobre 2025']],
    ['de', ['heute', 'gestern', 'am Montag', 'im Oktober', 'im Oktober 2025']],
    ['es', ['hoy', 'ayer', 'el lunes', 'en octubre', 'en octubre de 2025']],
  ];
  it.each(WHEN)('when the meeting was, in %s', (lang, texts) => {
    expect([0, 1, 3, 40, 400].map((days) => whenPhrase(NOW - days * DAY, NOW, 'UTC', lang))).toEqual(texts);
  });
});

describe('the user’s own templates, per language', () => {
  it('uses a French template only for French drafts, and falls back to the French default on an error', () => {
    const own = withOwnTemplates(SAMPLE_SETTINGS, 'fr', {
      thankYou: { subject: 'Merci !', body: 'Merci {{user.name}}' },
    });
    expect(draftMessage('thankYou', ctxIn('fr', {}, own)).body).toBe('Merci Jonah Ferreira-Lutz');
    expect(draftMessage('thankYou', ctxIn('en', {}, own)).body).toMatch(/^Hi Marisol,/);
    const broken = withOwnTemplates(SAMPLE_SETTINGS, 'fr', { thankYou: { subject: 'x', body: '{{#if news}}oups' } });
    expect(draftMessage('thankYou', ctxIn('fr', {}, broken)).body).toMatch(/^Bonjour Marisol Quennell,/);
  });
});
