// What a message is drafted from, and the template variables derived from it.

import type { DraftLanguage } from '../domain/language.ts';
import type { CapturedProfile } from '../domain/profile.ts';
import type { MessageKind, Settings } from '../domain/settings.ts';
import { isValidTimeZone, wallTime } from '../lib/zoned-time.ts';
import { interestSentence, learnClause } from './interest.ts';
import { draftLocale, LANGUAGE_WORDS } from './language-words.ts';
import { firstNameOf, profileFacts } from './profile-facts.ts';
import { meetingMinutes, nextSlots, type Slot, slotLabel } from './slots.ts';
import type { TemplateVars } from './template-types.ts';

export interface DraftContext {
  contact: {
    name: string;
    firstName?: string;
    company: string | null;
    title: string | null;
    profile: CapturedProfile | null;
  };
  settings: Settings;
  introducer?: { name: string; relation?: string } | null;
  /** Times to offer; when absent, the next three from the user's availability. */
  slots?: Slot[];
  notes?: { takeaways?: string; notes?: string };
  referralOutcomes?: { name: string; met: boolean; outcome?: string }[];
  userNews?: string;
  /** For an intro request: the organisation (and optionally the person) to be introduced to. */
  target?: { company: string; person?: string };
  /** When the meeting took place, for "yesterday" / "in March" in the thank-you and follow-up. */
  meetingAt?: number;
  now: number;
  /** The language to write in; English when absent. */
  language?: DraftLanguage;
  /** The user's own locale ("en-US"), so an English draft writes dates the way the user does. */
  locale?: string;
}

export const MISSING_NAME = '[your name]';

/** Ends a free-text fragment the user typed with a full stop, unless it already has one. */
export function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return !t || /[.!?。！？…]$/u.test(t) ? t : `${t}.`;
}

/** The first line of the notes, without a list marker: what the user wrote first matters most. */
export function firstPoint(text: string | undefined): string {
  const line = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*([-*•·]|\d+[.)])\s*/, '').trim())
    .find(Boolean);
  return line ? sentence(line) : '';
}

/** "yesterday", "on Tuesday", "in March", "in March 2024" (or "hier", "am Dienstag", "en marzo"), or '' if unknown or in the future. */
export function whenPhrase(
  meetingAt: number | undefined,
  now: number,
  timeZone: string,
  lang: DraftLanguage = 'en',
): string {
  if (meetingAt === undefined || meetingAt > now) return '';
  const tz = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const a = wallTime(tz, meetingAt);
  const b = wallTime(tz, now);
  const days = Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
  const w = LANGUAGE_WORDS[lang];
  if (days === 0) return w.today;
  if (days === 1) return w.yesterday;
  const noon = Date.UTC(a.year, a.month - 1, a.day, 12);
  const name = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(w.locale, { ...o, timeZone: 'UTC' }).format(noon);
  if (days < 7) return w.onWeekday(name({ weekday: 'long' }));
  return w.inMonth(name({ month: 'long' }), days < 300 ? undefined : a.year);
}

export function draftVars(kind: MessageKind, ctx: DraftContext): TemplateVars {
  const { settings: s, contact: c } = ctx;
  const lang = ctx.language ?? 'en';
  const tz = isValidTimeZone(s.availability.timeZone) ? s.availability.timeZone : 'UTC';
  const dateStyle = { locale: draftLocale(lang, ctx.locale), clock: s.clock };
  const userName = s.user.name.trim() || MISSING_NAME;
  const facts = profileFacts(c.profile, ctx.now);
  const minutes = meetingMinutes(s.availability);
  const slots = kind === 'coldEmail' ? (ctx.slots ?? nextSlots(s.availability, ctx.now, 3)) : (ctx.slots ?? []);
  const people = (ctx.referralOutcomes ?? []).filter((r) => r.name.trim());
  const company = ctx.target?.company?.trim() || (kind === 'introRequest' ? c.company : null);
  return {
    // A visible gap rather than "I'm ." when the user has not filled in the options page yet.
    // The placeholder stays whole: its "first name" would be "[your".
    user: {
      ...s.user,
      name: userName,
      firstName: (userName !== MISSING_NAME && firstNameOf(userName)) || userName,
    },
    contact: {
      name: c.name,
      firstName: c.firstName?.trim() || firstNameOf(c.name) || '',
      company: c.company ?? '',
      title: c.title ?? '',
      highlight: interestSentence(facts, lang),
    },
    introducer: ctx.introducer?.name.trim()
      ? { name: ctx.introducer.name.trim(), relation: ctx.introducer.relation ?? '' }
      : null,
    meeting: { minutes, when: whenPhrase(ctx.meetingAt, ctx.now, s.availability.timeZone, lang) },
    learn: learnClause(facts, lang),
    // Labelled here, not where the slots were chosen: a French draft says "lun. 7 déc.".
    slots: slots.map((x) => ({ label: slotLabel(x.start, x.end, tz, dateStyle) })),
    takeaway: firstPoint(ctx.notes?.takeaways) || firstPoint(ctx.notes?.notes),
    suggested: people.map((r) => ({ name: r.name.trim() })),
    met: people.filter((r) => r.met).map((r) => ({ name: r.name.trim(), outcome: sentence(r.outcome ?? '') })),
    notMet: people.filter((r) => !r.met).map((r) => ({ name: r.name.trim() })),
    news: sentence(ctx.userNews ?? ''),
    target: company ? { company, person: ctx.target?.person?.trim() ?? '' } : null,
  };
}
