// The template editor's logic, kept out of the component so it is tested without a DOM:
// which templates are customised, where errors are, and the preview on a sample person.

import {
  type MessageKind,
  type MessageTemplate,
  ownTemplates,
  type Settings,
  withOwnTemplates,
} from '../domain/settings.ts';
import {
  COLD_EMAIL_WORD_LIMIT,
  connectionNoteLimit,
  countCharacters,
  countWords,
  DEFAULT_TEMPLATES_IN,
  type Draft,
  type DraftContext,
  type DraftLanguage,
  draftMessage,
  parseTemplate,
  SAMPLE_CAREER_CHANGER,
  type TemplateError,
} from '../drafting/index.ts';
import { userLocale } from '../lib/date-style.ts';

export const KIND_LABELS: Record<MessageKind, string> = {
  coldEmail: 'Cold email',
  connectionNote: 'Connection note',
  introRequest: 'Intro request',
  thankYou: 'Thank-you',
  followUp: 'Follow-up',
};

export type Part = 'subject' | 'body';
export interface PartError extends TemplateError {
  part: Part;
}

export function templateOf(settings: Settings, kind: MessageKind, lang: DraftLanguage = 'en'): MessageTemplate {
  return ownTemplates(settings, lang)[kind] ?? DEFAULT_TEMPLATES_IN[lang][kind];
}

/** Stores only what differs from the shipped default, so later improvements to it still arrive. */
export function withTemplate(
  settings: Settings,
  kind: MessageKind,
  t: MessageTemplate | null,
  lang: DraftLanguage = 'en',
): Settings {
  const templates = { ...ownTemplates(settings, lang) };
  const d = DEFAULT_TEMPLATES_IN[lang][kind];
  if (!t || (t.subject === d.subject && t.body === d.body)) delete templates[kind];
  else templates[kind] = t;
  return withOwnTemplates(settings, lang, templates);
}

export function templateErrors(t: MessageTemplate): PartError[] {
  const out: PartError[] = [];
  for (const part of ['subject', 'body'] as const) {
    const r = parseTemplate(t[part]);
    if (!r.ok) out.push(...r.errors.map((e) => ({ ...e, part })));
  }
  return out;
}

/** The line an error is on, split around the tag (or character) it points at. */
export function excerpt(src: string, e: TemplateError): { before: string; mark: string; after: string } {
  const lineStart = src.lastIndexOf('\n', e.index - 1) + 1;
  const nl = src.indexOf('\n', e.index);
  const lineEnd = nl === -1 ? src.length : nl;
  const rest = src.slice(e.index, lineEnd);
  // A tag is marked whole (to the end of the line if it never closes); anything else, one character.
  const close = rest.indexOf('}}');
  const len = !rest.startsWith('{{') ? 1 : close >= 0 ? close + 2 : rest.length;
  return {
    before: src.slice(lineStart, e.index),
    mark: src.slice(e.index, e.index + len) || ' ',
    after: src.slice(e.index + len, lineEnd),
  };
}

const DAY = 86_400_000;

/** A made-up conversation around the sample profile, so every message kind has something to say. */
export function sampleContext(
  kind: MessageKind,
  settings: Settings,
  now: number,
  lang: DraftLanguage = 'en',
): DraftContext {
  const p = SAMPLE_CAREER_CHANGER;
  return {
    contact: { name: p.name ?? '', company: p.current?.company ?? null, title: p.current?.title ?? null, profile: p },
    settings,
    introducer: kind === 'coldEmail' ? { name: 'Tove Marrowby', relation: 'my lab partner last year' } : null,
    notes: { takeaways: 'Running research ops for a team is a good way in.' },
    referralOutcomes: [
      { name: 'Bram Quillon', met: true, outcome: 'he invited me to sit in on a usability session' },
      { name: 'Sunniva Ekdahl-Voss', met: false },
    ],
    userNews: kind === 'followUp' ? 'I start a research internship in January' : '',
    target: kind === 'introRequest' ? { company: 'Tidewater Mobility B.V.' } : undefined,
    meetingAt: kind === 'followUp' ? now - 95 * DAY : kind === 'thankYou' ? now - DAY : undefined,
    now,
    language: lang,
    // The user's own locale, as the popup passes it: an English draft writes dates the way the user reads them.
    locale: userLocale(),
  };
}

export interface Preview {
  draft: Draft;
  /** "182 / 200 characters" and the like (300 with Premium), with whether it is over the limit. */
  measure: { text: string; over: boolean } | null;
}

/**
 * The message as it would be drafted to a made-up person, from the user: their About you,
 * availability, time zone and signature (the settings they are editing), with template `t`,
 * in the template's language.
 */
export function previewOf(
  kind: MessageKind,
  t: MessageTemplate,
  userSettings: Settings,
  now: number,
  lang: DraftLanguage = 'en',
): Preview {
  const settings = withTemplate(userSettings, kind, t, lang);
  const draft = draftMessage(kind, sampleContext(kind, settings, now, lang));
  let measure: Preview['measure'] = null;
  if (kind === 'connectionNote') {
    const n = countCharacters(draft.body);
    const limit = connectionNoteLimit(settings);
    measure = { text: `${n} / ${limit} characters`, over: n > limit };
  } else if (kind === 'coldEmail') {
    const n = countWords(draft.body);
    measure = { text: `${n} words (aim for under ${COLD_EMAIL_WORD_LIMIT})`, over: n > COLD_EMAIL_WORD_LIMIT };
  }
  return { draft, measure };
}
