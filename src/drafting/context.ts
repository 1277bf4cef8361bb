// What a message is drafted from, and the template variables derived from it.

import type { CapturedProfile } from '../domain/profile.ts';
import type { MessageKind, Settings } from '../domain/settings.ts';
import { isValidTimeZone, wallTime } from '../lib/zoned-time.ts';
import { monthName } from './dates.ts';
import { highlightSentence, learnPhrase } from './highlight.ts';
import { firstNameOf, profileFacts } from './profile-facts.ts';
import { meetingMinutes, nextSlots, type Slot } from './slots.ts';
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
}

export const MISSING_NAME = '[your name]';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

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

/** "yesterday", "on Tuesday", "in March", "in March 2024", or '' if unknown or in the future. */
export function whenPhrase(meetingAt: number | undefined, now: number, timeZone: string): string {
  if (meetingAt === undefined || meetingAt > now) return '';
  const tz = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const a = wallTime(tz, meetingAt);
  const b = wallTime(tz, now);
  const days = Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 7) return `on ${WEEKDAYS[a.weekday]}`;
  return days < 300 ? `in ${monthName(a.month - 1)}` : `in ${monthName(a.month - 1)} ${a.year}`;
}

export function draftVars(kind: MessageKind, ctx: DraftContext): TemplateVars {
  const { settings: s, contact: c } = ctx;
  const userName = s.user.name.trim() || MISSING_NAME;
  const facts = profileFacts(c.profile, ctx.now);
  const minutes = meetingMinutes(s.availability);
  const slots = kind === 'coldEmail' ? (ctx.slots ?? nextSlots(s.availability, ctx.now, 3)) : (ctx.slots ?? []);
  const people = (ctx.referralOutcomes ?? []).filter((r) => r.name.trim());
  const company = ctx.target?.company?.trim() || (kind === 'introRequest' ? c.company : null);
  return {
    // A visible gap rather than "I'm ." when the user has not filled in the options page yet.
    user: { ...s.user, name: userName, firstName: firstNameOf(userName) ?? userName },
    contact: {
      name: c.name,
      firstName: c.firstName?.trim() || firstNameOf(c.name) || '',
      company: c.company ?? '',
      title: c.title ?? '',
      highlight: highlightSentence(facts),
    },
    introducer: ctx.introducer?.name.trim()
      ? { name: ctx.introducer.name.trim(), relation: ctx.introducer.relation ?? '' }
      : null,
    meeting: { minutes, when: whenPhrase(ctx.meetingAt, ctx.now, s.availability.timeZone) },
    learn: learnPhrase(facts),
    slots: slots.map((x) => ({ label: x.label })),
    takeaway: firstPoint(ctx.notes?.takeaways) || firstPoint(ctx.notes?.notes),
    suggested: people.map((r) => ({ name: r.name.trim() })),
    met: people.filter((r) => r.met).map((r) => ({ name: r.name.trim(), outcome: sentence(r.outcome ?? '') })),
    notMet: people.filter((r) => !r.met).map((r) => ({ name: r.name.trim() })),
    news: sentence(ctx.userNews ?? ''),
    target: company ? { company, person: ctx.target?.person?.trim() ?? '' } : null,
  };
}
