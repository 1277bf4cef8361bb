import type { Debrief, KeepInTouchMonths } from './learning-types.ts';
import type { CapturedProfile } from './profile.ts';

export const STAGES = [
  'to-research',
  'to-contact',
  'reached-out',
  'scheduled',
  'met',
  'thanked',
  'following-up',
  'declined',
  'archived',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  'to-research': 'To research',
  'to-contact': 'To contact',
  'reached-out': 'Reached out',
  scheduled: 'Scheduled',
  met: 'Met',
  thanked: 'Thanked',
  'following-up': 'Following up',
  declined: 'Declined',
  archived: 'Archived',
};

/** The fields a user can edit by hand; an edit always wins over what was captured. */
export interface ContactFields {
  name: string | null;
  headline: string | null;
  company: string | null;
  title: string | null;
  location: string | null;
  about: string | null;
}

export interface Contact {
  id: string;
  /** Normalised profile URL (see domain/profile-url.ts); unique when present. */
  profileUrl: string | null;
  /** The latest capture, as captured. Re-captures replace it; `edits` are never touched by them. */
  captured: CapturedProfile | null;
  /** The user's own values, kept apart from `captured`. */
  edits: Partial<ContactFields>;
  email: string | null;
  tags: string[];
  stage: Stage;
  /** Contact id of the person who suggested this one (the referral chain). */
  referredBy: string | null;
  /** Contact id of the person who introduced the user (named in the cold email). */
  introducedBy: string | null;
  /** Free notes typed in the popup or dashboard. */
  notes: string;
  createdAt: number;
  updatedAt: number;
  /** Incremented on every write; a save with a stale revision is a conflict, never a silent overwrite. */
  rev: number;
  /** Present when an import created the contact (absent on older records and on everyone else). */
  importedFrom?: ImportOrigin;
  // The learning loop (schema v3); each absent on older records, and read as "not set".
  /** What this person cares about, so the user can be useful to them in return. */
  caresAbout?: string;
  /** Keep-in-touch cadence in months; 0 or absent: off. */
  keepInTouchMonths?: KeepInTouchMonths;
  /** When the contact last moved to "reached out" (the no-reply nudges count from it). */
  reachedOutAt?: number;
  /** When the user recorded "they replied" (stops the no-reply nudges). */
  repliedAt?: number;
}

/** The files whose rows can create contacts, as the timeline names them. */
export const IMPORT_SOURCES = {
  'linkedin-connections': 'LinkedIn connections',
  vcard: 'a vCard file',
  csv: 'a CSV file',
} as const;
export type ImportSource = keyof typeof IMPORT_SOURCES;

/**
 * Where an imported contact came from. Kept on the contact rather than as a timeline record:
 * at 30,000 rows that is 30,000 writes fewer, half of an import's time. `timelineOf` shows it.
 */
export interface ImportOrigin {
  source: ImportSource;
  /** "YYYY-MM-DD" when the file says when they connected. */
  connectedOn: string | null;
}

/** Each capture kept as a snapshot, so the dashboard can say what changed. */
export interface CaptureSnapshot {
  id: string;
  contactId: string;
  at: number;
  profile: CapturedProfile;
}

export const INTERVIEW_MODES = ['call', 'video', 'in-person'] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];

export interface Interview {
  id: string;
  contactId: string;
  /** Epoch ms of the start. */
  scheduledAt: number;
  minutes: number;
  mode: InterviewMode;
  questions: { text: string; asked: boolean }[];
  notes: string;
  takeaways: string;
  newQuestions: string;
  outcome: string;
  startedAt: number | null;
  /** When the clock was paused (null or absent: running). Absent in records from before pausing existed. */
  pausedAt?: number | null;
  /** Total ms spent paused before the current pause; absent reads as 0. */
  pausedMs?: number;
  endedAt: number | null;
  updatedAt: number;
  rev: number;
  /** The debrief written after the meeting (schema v3; absent before it was written). */
  debrief?: Debrief;
}

export interface Referral {
  id: string;
  /** Who suggested the person. */
  fromContactId: string;
  /** The person suggested. */
  toContactId: string;
  interviewId: string | null;
  at: number;
}

export const REMINDER_KINDS = ['thank-you', 'follow-up', 'custom', 'no-reply', 'keep-in-touch'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface Reminder {
  id: string;
  contactId: string;
  kind: ReminderKind;
  dueAt: number;
  text: string;
  done: boolean;
  snoozedUntil: number | null;
  interviewId: string | null;
}

export const ACTIVITY_KINDS = [
  'captured',
  'saved',
  'edited',
  'stage-changed',
  'message-drafted',
  'message-copied',
  'email-opened',
  'meeting-scheduled',
  'meeting-held',
  'note-added',
  'referral-added',
  'imported',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface Activity {
  id: string;
  contactId: string;
  at: number;
  kind: ActivityKind;
  text: string;
}

/** The contact's timeline, oldest first: its stored activity, with the import that created it in its place. */
export function timelineOf(contact: Contact, activity: Activity[]): Activity[] {
  const origin = contact.importedFrom;
  if (!origin) return activity;
  const label = IMPORT_SOURCES[origin.source];
  const entry: Activity = {
    id: `${contact.id}:imported`,
    contactId: contact.id,
    at: contact.createdAt,
    kind: 'imported',
    text: origin.connectedOn ? `Imported from ${label} (connected ${origin.connectedOn})` : `Imported from ${label}`,
  };
  const after = activity.findIndex((a) => a.at > entry.at);
  return after < 0 ? [...activity, entry] : [...activity.slice(0, after), entry, ...activity.slice(after)];
}

/** The value shown for a field: the user's edit if any, else what was captured. */
export function displayValue(contact: Contact, field: keyof ContactFields): string | null {
  const edited = contact.edits[field];
  if (edited !== undefined) return edited;
  const p = contact.captured;
  if (!p) return null;
  switch (field) {
    case 'name':
      return p.name;
    case 'headline':
      return p.headline;
    case 'location':
      return p.location;
    case 'about':
      return p.about;
    case 'company':
      return p.current?.company ?? p.experience[0]?.company ?? null;
    case 'title':
      return p.current?.title ?? p.experience[0]?.title ?? null;
  }
}
