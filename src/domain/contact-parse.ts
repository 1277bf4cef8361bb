// Records of every store, read from a backup file (or storage after an upgrade). Throws
// ValidationError only when a record lacks what identifies it; other bad fields get defaults.
import {
  ACTIVITY_KINDS,
  type Activity,
  type CaptureSnapshot,
  type Contact,
  type ContactFields,
  IMPORT_SOURCES,
  type ImportOrigin,
  type ImportSource,
  INTERVIEW_MODES,
  type Interview,
  REMINDER_KINDS,
  type Referral,
  type Reminder,
  STAGES,
} from './contact.ts';
import { parseDebrief, parseKeepInTouch } from './learning-parse.ts';
import { parseProfile } from './profile-parse.ts';
import {
  bool,
  isObj,
  num,
  numOrNull,
  type Obj,
  oneOf,
  requireNum,
  requireStr,
  str,
  strings,
  strOrNull,
  ValidationError,
} from './validate.ts';

const EDIT_FIELDS: (keyof ContactFields)[] = ['name', 'headline', 'company', 'title', 'location', 'about'];

function obj(v: unknown, what: string): Obj {
  if (!isObj(v)) throw new ValidationError(`${what}: not an object`);
  return v;
}

export function parseContact(v: unknown): Contact {
  const o = obj(v, 'contact');
  const edits: Partial<ContactFields> = {};
  if (isObj(o.edits)) {
    for (const f of EDIT_FIELDS) {
      const e = o.edits[f];
      if (typeof e === 'string' || e === null) edits[f] = e;
    }
  }
  const createdAt = requireNum(o, 'createdAt', 'contact');
  return {
    id: requireStr(o, 'id', 'contact'),
    profileUrl: strOrNull(o.profileUrl) || null,
    captured: o.captured == null ? null : parseProfile(o.captured),
    edits,
    email: strOrNull(o.email) || null,
    tags: strings(o.tags),
    stage: oneOf(o.stage, STAGES, 'to-research'),
    referredBy: strOrNull(o.referredBy),
    introducedBy: strOrNull(o.introducedBy),
    notes: str(o.notes),
    createdAt,
    updatedAt: num(o.updatedAt, createdAt),
    rev: Math.max(1, Math.floor(num(o.rev, 1))),
    // Only when present, so a record without it comes back without it (backups round-trip exactly).
    ...(isObj(o.importedFrom) ? { importedFrom: parseImportOrigin(o.importedFrom) } : {}),
    ...(typeof o.caresAbout === 'string' ? { caresAbout: o.caresAbout.slice(0, 2000) } : {}),
    ...(o.keepInTouchMonths !== undefined ? { keepInTouchMonths: parseKeepInTouch(o.keepInTouchMonths) } : {}),
    ...(numOrNull(o.reachedOutAt) !== null ? { reachedOutAt: o.reachedOutAt as number } : {}),
    ...(numOrNull(o.repliedAt) !== null ? { repliedAt: o.repliedAt as number } : {}),
  };
}

const IMPORT_SOURCE_KEYS = Object.keys(IMPORT_SOURCES) as ImportSource[];

function parseImportOrigin(o: Obj): ImportOrigin {
  const day = strOrNull(o.connectedOn);
  return {
    source: oneOf(o.source, IMPORT_SOURCE_KEYS, 'csv'),
    connectedOn: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null,
  };
}

export function parseSnapshot(v: unknown): CaptureSnapshot {
  const o = obj(v, 'capture');
  return {
    id: requireStr(o, 'id', 'capture'),
    contactId: requireStr(o, 'contactId', 'capture'),
    at: requireNum(o, 'at', 'capture'),
    profile: parseProfile(o.profile),
  };
}

export function parseInterview(v: unknown): Interview {
  const o = obj(v, 'interview');
  const questions = Array.isArray(o.questions)
    ? o.questions.filter(isObj).map((q) => ({ text: str(q.text), asked: bool(q.asked, false) }))
    : [];
  return {
    id: requireStr(o, 'id', 'interview'),
    contactId: requireStr(o, 'contactId', 'interview'),
    scheduledAt: requireNum(o, 'scheduledAt', 'interview'),
    minutes: num(o.minutes, 20),
    mode: oneOf(o.mode, INTERVIEW_MODES, 'video'),
    questions,
    notes: str(o.notes),
    takeaways: str(o.takeaways),
    newQuestions: str(o.newQuestions),
    outcome: str(o.outcome),
    startedAt: numOrNull(o.startedAt),
    // Optional: records written before the clock could pause have neither, and backups round-trip exactly.
    ...(o.pausedAt !== undefined ? { pausedAt: numOrNull(o.pausedAt) } : {}),
    ...(o.pausedMs !== undefined ? { pausedMs: Math.max(0, num(o.pausedMs, 0)) } : {}),
    endedAt: numOrNull(o.endedAt),
    updatedAt: num(o.updatedAt, 0),
    rev: Math.max(1, Math.floor(num(o.rev, 1))),
    ...(o.debrief !== undefined ? { debrief: parseDebrief(o.debrief) } : {}),
  };
}

export function parseReferral(v: unknown): Referral {
  const o = obj(v, 'referral');
  return {
    id: requireStr(o, 'id', 'referral'),
    fromContactId: requireStr(o, 'fromContactId', 'referral'),
    toContactId: requireStr(o, 'toContactId', 'referral'),
    interviewId: strOrNull(o.interviewId),
    at: requireNum(o, 'at', 'referral'),
  };
}

export function parseReminder(v: unknown): Reminder {
  const o = obj(v, 'reminder');
  return {
    id: requireStr(o, 'id', 'reminder'),
    contactId: requireStr(o, 'contactId', 'reminder'),
    kind: oneOf(o.kind, REMINDER_KINDS, 'custom'),
    dueAt: requireNum(o, 'dueAt', 'reminder'),
    text: str(o.text),
    done: bool(o.done, false),
    snoozedUntil: numOrNull(o.snoozedUntil),
    interviewId: strOrNull(o.interviewId),
  };
}

export function parseActivity(v: unknown): Activity {
  const o = obj(v, 'activity');
  return {
    id: requireStr(o, 'id', 'activity'),
    contactId: requireStr(o, 'contactId', 'activity'),
    at: requireNum(o, 'at', 'activity'),
    kind: oneOf(o.kind, ACTIVITY_KINDS, 'edited'),
    text: str(o.text),
  };
}
