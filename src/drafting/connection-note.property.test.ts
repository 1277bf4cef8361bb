// The connection note fits LinkedIn's limit for any made-up person, in every draft language,
// on a free account (200 characters) and with Premium (300); with names of ordinary length it
// is never cut mid-sentence, keeps the ask, and keeps something specific about the person.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRAFT_LANGUAGES } from '../domain/language.ts';
import { type CapturedProfile, emptyProfile } from '../domain/profile.ts';
import { draftVars } from './context.ts';
import { connectionNoteLimit, countCharacters, type DraftContext, draftMessage } from './messages.ts';
import { SAMPLE_SETTINGS } from './samples.ts';
import { job } from './test-util.ts';

const NOW = Date.UTC(2026, 10, 26, 9);
const ASK: Record<string, string> = {
  en: 'Would you have 20 minutes for a call?',
  fr: 'Auriez-vous 20 minutes pour un échange',
  de: 'Hätten Sie 20 Minuten für ein Gespräch?',
  es: '¿Tendría 20 minutos para una llamada?',
};

/** Made-up words: capitalised letters, some accented, or a few CJK characters. */
const word = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.stringMatching(new RegExp(`^[A-Z][a-zäéîøñü]{1,${max - 1}}$`)) },
    { weight: 1, arbitrary: fc.stringMatching(new RegExp(`^[山川田中林森東京]{1,${Math.min(max, 4)}}$`)) },
  );
/** Words joined by spaces, at most `max` characters in all. */
const words = (maxWords: number, max: number) =>
  fc
    .array(word(12), { minLength: 1, maxLength: maxWords })
    .map((ws) => ws.join(' ').slice(0, max).trim())
    .filter((s) => s.length > 0);

function person(maxName: number, maxRole: number) {
  return fc
    .record({
      name: words(4, maxName),
      title: fc.option(words(6, maxRole), { nil: null }),
      company: fc.option(words(6, maxRole), { nil: null }),
      before: fc.option(fc.record({ title: words(6, maxRole), company: words(6, maxRole) }), { nil: null }),
      headline: fc.option(words(10, 120), { nil: null }),
    })
    .map(({ name, title, company, before, headline }): CapturedProfile => {
      const now = title || company ? [job(title, company, '2023-01')] : [];
      const past = before ? [job(before.title, before.company, '2018-01', '2022-12')] : [];
      return {
        ...emptyProfile('https://www.linkedin.com/in/made-up-person/', 'linkedin'),
        name,
        headline,
        current: title || company ? { title, company } : null,
        experience: [...now, ...past],
      };
    });
}

function note(
  p: CapturedProfile,
  user: { name: string; position: string; field: string },
  more: Partial<DraftContext>,
) {
  const settings = { ...SAMPLE_SETTINGS, ...more.settings, user: { ...SAMPLE_SETTINGS.user, ...user } };
  const ctx: DraftContext = {
    contact: { name: p.name ?? '', company: p.current?.company ?? null, title: p.current?.title ?? null, profile: p },
    now: NOW,
    ...more,
    settings,
  };
  return { body: draftMessage('connectionNote', ctx).body, ctx, limit: connectionNoteLimit(settings) };
}

const options = fc.record({
  language: fc.constantFrom(...DRAFT_LANGUAGES),
  premium: fc.boolean(),
  introducer: fc.option(words(3, 40), { nil: null }),
});

describe('the connection note, for made-up people', () => {
  it('always fits the limit of the account, in every language, however long the names and the user’s text', () => {
    const user = fc.record({ name: words(5, 80), position: words(12, 150), field: words(8, 100) });
    fc.assert(
      fc.property(person(120, 150), user, options, (p, u, o) => {
        const { body, limit } = note(p, u, {
          language: o.language,
          introducer: o.introducer ? { name: o.introducer } : null,
          settings: { ...SAMPLE_SETTINGS, linkedInPremium: o.premium },
        });
        expect(countCharacters(body)).toBeLessThanOrEqual(limit);
        expect(limit).toBe(o.premium ? 300 : 200);
      }),
      { numRuns: 400 },
    );
  });

  it('with names of ordinary length, is never cut and keeps the ask', () => {
    const user = fc.record({ name: words(3, 40), position: words(12, 150), field: words(8, 100) });
    fc.assert(
      fc.property(person(40, 80), user, options, (p, u, o) => {
        const { body } = note(p, u, { language: o.language, introducer: o.introducer ? { name: o.introducer } : null });
        expect(body).not.toMatch(/…$/);
        expect(body).toContain(ASK[o.language]);
      }),
      { numRuns: 400 },
    );
  });

  it('with short names and roles, keeps something specific about the person in 200 characters', () => {
    const user = fc.record({ name: words(2, 20), position: words(12, 150), field: words(8, 100) });
    fc.assert(
      fc.property(person(20, 30), user, fc.constantFrom(...DRAFT_LANGUAGES), (p, u, language) => {
        const { body, ctx } = note(p, u, { language });
        const hook = String((draftVars('connectionNote', ctx).contact as { highlight: string }).highlight);
        const specific = [hook, p.current?.title, p.current?.company].filter((x): x is string => Boolean(x));
        if (hook) expect(specific.some((s) => body.includes(s))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
