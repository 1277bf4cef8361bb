import { describe, expect, it } from 'vitest';
import { DRAFT_LANGUAGES } from '../domain/language.ts';
import { highlightSentence } from './highlight.ts';
import { countCharacters, countWords, draftMessage } from './messages.ts';
import { profileFacts } from './profile-facts.ts';
import { factBasedCount, profileIsThin, questionIdeas } from './questions.ts';
import { FOUNDER_WITH_BOARD_SEAT, SAMPLE_PEOPLE, SPARSE_PERSON } from './sample-people.ts';
import { SAMPLE_SETTINGS } from './samples.ts';

const NOW = Date.UTC(2025, 11, 2, 8, 30);
const rich = SAMPLE_PEOPLE.filter(([, p]) => p.experience.length >= 3);

describe('the six sample people', () => {
  it('has the shapes the issue asks for', () => {
    expect(SAMPLE_PEOPLE).toHaveLength(6);
    const [sparse, eight, japanese, scholar, twelve, founder] = SAMPLE_PEOPLE.map(([, p]) => p);
    expect(sparse!.experience).toHaveLength(0);
    expect(eight!.experience).toHaveLength(8);
    expect(japanese!.name).toMatch(/\p{Script=Han}/u);
    expect(scholar!.site).toBe('scholar');
    expect(twelve!.experience).toHaveLength(12);
    expect(founder!.experience.some((x) => /board/i.test(x.title ?? '') && x.current)).toBe(true);
    expect(rich).toHaveLength(4);
  });

  it.each(DRAFT_LANGUAGES)('with three or more positions, at least 6 of the first 8 ideas cite a fact (%s)', (lang) => {
    for (const [what, p] of rich) {
      const first8 = questionIdeas(p, SAMPLE_SETTINGS, { now: NOW, count: 10 }, lang).slice(0, 8);
      expect(first8.filter((q) => q.basis).length, what).toBeGreaterThanOrEqual(6);
    }
  });

  it('shows for each idea the profile text it comes from', () => {
    for (const [, p] of SAMPLE_PEOPLE) {
      const json = JSON.stringify(p);
      for (const q of questionIdeas(p, SAMPLE_SETTINGS, { now: NOW, count: 30 })) {
        if (!q.basis) continue;
        const parts = q.basis
          .split(/ → |, | \(|\)| since /)
          .map((x) => x.trim())
          .filter((x) => x && !/^(\w+ )?\d{4}(–\d{4})?$|^\d+ citations$/.test(x));
        for (const part of parts) expect(json, q.text).toContain(part);
      }
    }
  });

  it('a board seat and an advisory role are asked about as such, never as a side project', () => {
    const texts = questionIdeas(FOUNDER_WITH_BOARD_SEAT, SAMPLE_SETTINGS, { now: NOW, count: 40 }).map((q) => q.text);
    expect(texts).toContain(
      'What does your seat on the board of Stadtwerke Nordhafen AG involve, and what has it taught you?',
    );
    expect(texts).toContain('What kind of questions do you help Tidemark Climate Fund with as an advisor?');
    expect(texts.join(' ')).not.toMatch(/side project/i);
  });

  it('only the sparse profile is thin', () => {
    expect(profileIsThin(SPARSE_PERSON, SAMPLE_SETTINGS, NOW)).toBe(true);
    for (const [, p] of SAMPLE_PEOPLE.slice(1)) expect(profileIsThin(p, SAMPLE_SETTINGS, NOW)).toBe(false);
    expect(profileIsThin(null, SAMPLE_SETTINGS, NOW)).toBe(true);
    expect(factBasedCount(SPARSE_PERSON, SAMPLE_SETTINGS, NOW)).toBeLessThan(4);
  });

  it('the email and the connection note name a concrete fact and keep their limits', () => {
    for (const [what, p] of SAMPLE_PEOPLE) {
      const fact = highlightSentence(profileFacts(p, NOW));
      expect(fact, what).not.toBe('');
      const ctx = {
        contact: {
          name: p.name ?? '',
          company: p.current?.company ?? null,
          title: p.current?.title ?? null,
          profile: p,
        },
        settings: SAMPLE_SETTINGS,
        now: NOW,
      };
      const email = draftMessage('coldEmail', ctx);
      expect(email.body, what).toContain(fact);
      expect(countWords(email.body)).toBeLessThanOrEqual(170);
      const note = draftMessage('connectionNote', ctx);
      expect(countCharacters(note.body)).toBeLessThanOrEqual(300);
      expect(note.body, what).toContain(fact);
    }
  });
});

describe('question ideas in each language', () => {
  const punctuation = {
    en: /\?$/,
    fr: / \?$/, // French puts a space before the question mark
    de: /\?$/,
    es: /^(¿|.+: ¿|.+, ¿).*\?$/, // Spanish opens the question with ¿
  } as const;
  it.each(DRAFT_LANGUAGES)('%s: every idea is a question written in that language', (lang) => {
    for (const [, p] of [...SAMPLE_PEOPLE, ['none', null] as const]) {
      const ideas = questionIdeas(p, SAMPLE_SETTINGS, { now: NOW, count: 60 }, lang);
      const english = questionIdeas(p, SAMPLE_SETTINGS, { now: NOW, count: 60 }, 'en');
      expect(ideas.map((q) => q.id)).toEqual(english.map((q) => q.id)); // same ideas, same order
      ideas.forEach((q, i) => {
        expect(q.text).toMatch(punctuation[lang]);
        expect(q.text).not.toMatch(/\s{2,}|undefined|null|\[object/);
        if (lang !== 'en') expect(q.text).not.toBe(english[i]!.text);
        expect(q.basis).toBe(english[i]!.basis); // the basis is profile text, the same in every language
      });
    }
  });
});
