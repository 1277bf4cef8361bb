// Settings as read from storage or a backup: every part validated on its own, so an old or
// damaged record still yields usable settings (bad parts fall back to their defaults).
import { DRAFT_LANGUAGES, isDraftLanguage } from './language.ts';
import {
  type Availability,
  type AvailabilityWindow,
  CLOCK_CHOICES,
  defaultSettings,
  MESSAGE_KINDS,
  type OtherLanguage,
  type ReminderSettings,
  type Settings,
  type Templates,
  type UserProfile,
  type Weekday,
} from './settings.ts';
import { bool, isObj, num, oneOf, str } from './validate.ts';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

function validZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function parseUser(v: unknown, d: UserProfile): UserProfile {
  const o = isObj(v) ? v : {};
  const out = { ...d };
  for (const key of Object.keys(d) as (keyof UserProfile)[]) out[key] = str(o[key], d[key]);
  return out;
}

function parseWindow(v: unknown): AvailabilityWindow | null {
  if (!isObj(v)) return null;
  const { day, start, end } = v;
  if (typeof day !== 'number' || !Number.isInteger(day) || day < 0 || day > 6) return null;
  if (typeof start !== 'string' || typeof end !== 'string' || !HHMM.test(start) || !HHMM.test(end)) return null;
  if (start >= end) return null;
  return { day: day as Weekday, start, end };
}

function parseAvailability(v: unknown, d: Availability): Availability {
  if (!isObj(v)) return d;
  const minutes = num(v.meetingMinutes, d.meetingMinutes);
  const windows = Array.isArray(v.windows)
    ? v.windows.map(parseWindow).filter((w): w is AvailabilityWindow => w !== null)
    : d.windows;
  return {
    timeZone: validZone(v.timeZone) ? v.timeZone : d.timeZone,
    meetingMinutes: minutes >= 5 && minutes <= 480 ? Math.round(minutes) : d.meetingMinutes,
    windows,
  };
}

function parseTemplates(v: unknown): Partial<Templates> {
  const out: Partial<Templates> = {};
  if (!isObj(v)) return out;
  for (const kind of MESSAGE_KINDS) {
    const t = v[kind];
    if (isObj(t) && typeof t.subject === 'string' && typeof t.body === 'string') {
      out[kind] = { subject: t.subject, body: t.body };
    }
  }
  return out;
}

/** Templates in French, German and Spanish; a record from before they existed has none. */
function parseTemplatesIn(v: unknown): Settings['templatesIn'] {
  const out: Settings['templatesIn'] = {};
  if (!isObj(v)) return out;
  for (const lang of DRAFT_LANGUAGES) {
    if (lang === 'en' || !Object.hasOwn(v, lang)) continue;
    const t = parseTemplates(v[lang]);
    if (Object.keys(t).length) out[lang as OtherLanguage] = t;
  }
  return out;
}

function parseReminders(v: unknown, d: ReminderSettings): ReminderSettings {
  const o = isObj(v) ? v : {};
  const t = isObj(o.thankYou) ? o.thankYou : {};
  const f = isObj(o.followUp) ? o.followUp : {};
  const time = typeof t.time === 'string' && HHMM.test(t.time) ? t.time : d.thankYou.time;
  const months = num(f.months, d.followUp.months);
  // Absent before the learning loop: the default (on, after 7 days).
  const n = isObj(o.noReply) ? o.noReply : {};
  const dn = d.noReply ?? { enabled: true, days: 7 };
  const days = num(n.days, dn.days);
  return {
    thankYou: { enabled: bool(t.enabled, d.thankYou.enabled), time },
    followUp: {
      enabled: bool(f.enabled, d.followUp.enabled),
      months: Number.isInteger(months) && months >= 1 && months <= 24 ? months : d.followUp.months,
    },
    noReply: {
      enabled: bool(n.enabled, dn.enabled),
      days: Number.isInteger(days) && days >= 1 && days <= 60 ? days : dn.days,
    },
  };
}

/** Never throws: anything unreadable becomes the default for that part. */
export function parseSettings(v: unknown, timeZone = 'UTC'): Settings {
  const d = defaultSettings(timeZone);
  if (!isObj(v)) return d;
  return {
    version: 1,
    user: parseUser(v.user, d.user),
    availability: parseAvailability(v.availability, d.availability),
    templates: parseTemplates(v.templates),
    templatesIn: parseTemplatesIn(v.templatesIn),
    draftLanguage: isDraftLanguage(v.draftLanguage) ? v.draftLanguage : d.draftLanguage,
    clock: oneOf(v.clock, CLOCK_CHOICES, d.clock),
    reminders: parseReminders(v.reminders, d.reminders),
    // Only an explicit true means Premium: a missing or damaged value keeps notes within the free limit.
    linkedInPremium: v.linkedInPremium === true,
  };
}
