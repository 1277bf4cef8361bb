// The user's own settings. Read from storage through parseSettings (settings-parse.ts) so
// an older or damaged record never reaches the rest of the code untyped.

import type { ClockChoice } from '../lib/date-format.ts';
import type { DraftLanguage } from './language.ts';

export interface UserProfile {
  name: string;
  email: string;
  position: string;
  background: string;
  field: string;
  goals: string;
  pitch: string;
  signature: string;
}

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // 0 = Sunday, as Date.getDay()

/** A weekly window of availability in the user's time zone, "HH:MM" 24-hour. */
export interface AvailabilityWindow {
  day: Weekday;
  start: string;
  end: string;
}

export interface Availability {
  /** IANA zone, e.g. "Europe/Berlin". */
  timeZone: string;
  meetingMinutes: number;
  windows: AvailabilityWindow[];
}

export const MESSAGE_KINDS = ['coldEmail', 'connectionNote', 'introRequest', 'thankYou', 'followUp'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface MessageTemplate {
  subject: string;
  body: string;
}

export type Templates = Record<MessageKind, MessageTemplate>;

/** The languages other than English; English templates stay in `Settings.templates`, where older records keep them. */
export type OtherLanguage = Exclude<DraftLanguage, 'en'>;

/** How times are shown everywhere (lib/date-format.ts): the locale's own habit, or always 12- or 24-hour. */
export { CLOCK_CHOICES, type ClockChoice } from '../lib/date-format.ts';

export interface ReminderSettings {
  thankYou: { enabled: boolean; time: string };
  followUp: { enabled: boolean; months: number };
  /**
   * A nudge when someone at "reached out" has not replied after `days` (two at most per person).
   * Optional in the type only so settings literals written before it still compile; parseSettings always fills it.
   */
  noReply?: { enabled: boolean; days: number };
}

export interface Settings {
  version: 1;
  user: UserProfile;
  availability: Availability;
  /** Only the English templates the user changed; defaults come from drafting/. */
  templates: Partial<Templates>;
  /** The same for French, German and Spanish. */
  templatesIn: Partial<Record<OtherLanguage, Partial<Templates>>>;
  /** The message language when the person's own text is in none of the four. */
  draftLanguage: DraftLanguage;
  clock: ClockChoice;
  reminders: ReminderSettings;
  /**
   * LinkedIn lets Premium members write 300 characters in an invitation note, everyone else 200.
   * Absent in records from before the setting: read as false (a free account, the stricter limit).
   */
  linkedInPremium: boolean;
}

/** The templates the user changed in one language. */
export function ownTemplates(s: Settings, lang: DraftLanguage): Partial<Templates> {
  return (lang === 'en' ? s.templates : s.templatesIn[lang]) ?? {};
}

export function withOwnTemplates(s: Settings, lang: DraftLanguage, templates: Partial<Templates>): Settings {
  if (lang === 'en') return { ...s, templates };
  const templatesIn = { ...s.templatesIn };
  if (Object.keys(templates).length) templatesIn[lang] = templates;
  else delete templatesIn[lang];
  return { ...s, templatesIn };
}

export function defaultSettings(timeZone = 'UTC'): Settings {
  return {
    version: 1,
    user: { name: '', email: '', position: '', background: '', field: '', goals: '', pitch: '', signature: '' },
    availability: {
      timeZone,
      meetingMinutes: 20,
      windows: [1, 2, 3, 4, 5].map((day) => ({ day: day as Weekday, start: '10:00', end: '12:00' })),
    },
    templates: {},
    templatesIn: {},
    draftLanguage: 'en',
    clock: 'auto',
    reminders: {
      thankYou: { enabled: true, time: '09:00' },
      followUp: { enabled: true, months: 3 },
      noReply: { enabled: true, days: 7 },
    },
    linkedInPremium: false,
  };
}
