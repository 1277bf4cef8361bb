// Building ImportRows from file cells, the same way for every format.
import { normaliseProfileUrl } from '../../domain/profile-url.ts';
import { normaliseEmail } from '../records.ts';
import type { ImportRow } from './types.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// 30,000 connections were made on a few thousand different days: parse each text once.
const days = new Map<string, string | null>();

/** "15 Oct 2024" (LinkedIn), "2024-10-15" or "10/15/2024" → "2024-10-15"; else null. */
export function parseDay(text: string): string | null {
  let day = days.get(text);
  if (day === undefined) {
    day = parseDayOnce(text);
    if (days.size >= 20_000) days.clear();
    days.set(text, day);
  }
  return day;
}

function parseDayOnce(text: string): string | null {
  const t = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const linkedIn = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*[ -](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (linkedIn) [d, m, y] = [Number(linkedIn[1]), MONTHS.indexOf(linkedIn[2]!.toLowerCase()) + 1, Number(linkedIn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (us) [m, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** True when `v` has no whitespace but single plain spaces between words: clean() would return it as is. */
function alreadyClean(v: string): boolean {
  let space = true; // a leading space is not clean
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c < 32 || (c > 126 && c < 161) || c === 0x1680 || (c >= 0x2000 && c <= 0x3000) || c === 0xfeff) {
      return false; // a control character, or possibly other whitespace (\s): let the regex decide
    } else space = false;
  }
  return !space;
}

// Six fields of each of 30,000 rows, nearly all clean already: checked without building a new string.
const clean = (v: string | null | undefined): string | null =>
  v ? (alreadyClean(v) ? v : v.replace(/\s+/g, ' ').trim() || null) : null;

// LinkedIn's exports write every URL as https://www.linkedin.com/in/<slug>. For exactly that
// form (a slug of URL-safe characters that is not "." or "..") normaliseProfileUrl's answer is
// known without building a URL object, which at 30,000 rows costs about a second in Chromium.
const PLAIN_LINKEDIN = /^https:\/\/www\.linkedin\.com\/in\/([A-Za-z0-9._~%-]+)\/?$/;
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

const LINKEDIN_IN = 'https://www.linkedin.com/in/';

/**
 * The end of the slug when `raw` is LinkedIn's form with a slug already as normaliseProfileUrl
 * writes it (lower-case letters, digits, "-", "_", "~", ".", no "%", not "." or ".."), else -1.
 */
function normalSlugEnd(raw: string): number {
  if (!raw.startsWith(LINKEDIN_IN)) return -1;
  let end = raw.length;
  if (raw.charCodeAt(end - 1) === 47) end--; // one trailing "/"
  let dots = 0;
  for (let i = LINKEDIN_IN.length; i < end; i++) {
    const c = raw.charCodeAt(i);
    if (c === 46) dots++;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 126)) return -1;
  }
  const length = end - LINKEDIN_IN.length;
  return length <= 0 || dots === length ? -1 : end;
}

function profileUrlOf(raw: string): string | null {
  // Most rows: the URL as it will be stored, or that without its final "/" (no new string built to check).
  const end = normalSlugEnd(raw);
  if (end > 0) return end === raw.length ? `${raw}/` : raw;
  const m = PLAIN_LINKEDIN.exec(raw);
  if (m && !DOT_SEGMENT.test(m[1]!)) {
    let slug = m[1]!;
    try {
      slug = decodeURIComponent(slug);
    } catch {
      // a stray "%": kept as is, as normaliseProfileUrl does
    }
    return `https://www.linkedin.com/in/${slug.toLowerCase()}/`;
  }
  return normaliseProfileUrl(raw);
}

export function makeRow(
  row: number,
  f: {
    name?: string | null;
    email?: string | null;
    url?: string | null;
    company?: string | null;
    title?: string | null;
    location?: string | null;
    tags?: string[];
    notes?: string | null;
    connectedOn?: string | null;
  },
): ImportRow {
  return {
    row,
    name: clean(f.name),
    email: normaliseEmail(f.email),
    profileUrl: f.url?.trim() ? profileUrlOf(f.url) : null,
    company: clean(f.company),
    title: clean(f.title),
    location: clean(f.location),
    tags: f.tags?.length ? [...new Set(f.tags.map((t) => t.trim()).filter(Boolean))] : [],
    notes: f.notes?.trim() ?? '',
    connectedOn: f.connectedOn ? parseDay(f.connectedOn) : null,
  };
}

/** A row nobody could recognise later: no name, no URL, no email. */
export function emptyReason(r: ImportRow): string | null {
  if (r.name || r.profileUrl || r.email) return null;
  return 'No name, profile URL or email (LinkedIn leaves these out for people who hide their details)';
}
