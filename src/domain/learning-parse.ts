// Learning-loop records read from storage or a backup file: hostile until parsed. Scores
// outside 1–5 become "not scored"; text is bounded; an unknown status reads as open.
import {
  CARRIED_STATUSES,
  type CarriedQuestion,
  type Debrief,
  emptyDebrief,
  FIT_ASPECTS,
  KEEP_IN_TOUCH_MONTHS,
  type KeepInTouchMonths,
} from './learning.ts';
import { isObj, num, oneOf, requireNum, requireStr, str, strOrNull, ValidationError } from './validate.ts';

const MAX_TEXT = 20_000;
const text = (v: unknown, max = MAX_TEXT) => str(v).slice(0, max);

export function parseScore(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : null;
}

export function parseDebrief(v: unknown): Debrief {
  const d = emptyDebrief();
  if (!isObj(v)) return d;
  const fit = isObj(v.fit) ? v.fit : {};
  for (const a of FIT_ASPECTS) {
    const f = fit[a];
    if (isObj(f)) d.fit[a] = { score: parseScore(f.score), note: text(f.note, 2000) };
  }
  d.toFindOut = text(v.toFindOut);
  return d;
}

export function parseKeepInTouch(v: unknown): KeepInTouchMonths {
  return (KEEP_IN_TOUCH_MONTHS as readonly unknown[]).includes(v) ? (v as KeepInTouchMonths) : 0;
}

export function parseCarriedQuestion(v: unknown): CarriedQuestion {
  if (!isObj(v)) throw new ValidationError('carried question: not an object');
  const q = text(v.text, 500).trim();
  if (!q) throw new ValidationError('carried question: "text" is missing');
  const at = requireNum(v, 'at', 'carried question');
  return {
    id: requireStr(v, 'id', 'carried question'),
    text: q,
    contactId: requireStr(v, 'contactId', 'carried question'),
    interviewId: requireStr(v, 'interviewId', 'carried question'),
    at,
    organisation: strOrNull(v.organisation)?.slice(0, 300) || null,
    field: strOrNull(v.field)?.slice(0, 100) || null,
    status: oneOf(v.status, CARRIED_STATUSES, 'open'),
    askedIn: strOrNull(v.askedIn) || null,
    updatedAt: num(v.updatedAt, at),
  };
}
