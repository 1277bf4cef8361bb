// Building ImportRows from file cells, the same way for every format.
import { normaliseProfileUrl } from '../../lib/profile-url.ts';
import { normaliseEmail } from '../records.ts';
import type { ImportRow } from './types.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "15 Oct 2024" (LinkedIn), "2024-10-15" or "10/15/2024" → "2024-10-15"; else null. */
export function parseDay(text: string): string | null {
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

const clean = (v: string | null | undefined): string | null => v?.replace(/\s+/g, ' ').trim() || null;

export function makeRow(row: number, f: {
  name?: string | null; email?: string | null; url?: string | null; company?: string | null; title?: string | null;
  location?: string | null; tags?: string[]; notes?: string | null; connectedOn?: string | null;
}): ImportRow {
  return {
    row,
    name: clean(f.name),
    email: normaliseEmail(f.email),
    profileUrl: f.url?.trim() ? normaliseProfileUrl(f.url) : null,
    company: clean(f.company),
    title: clean(f.title),
    location: clean(f.location),
    tags: [...new Set((f.tags ?? []).map((t) => t.trim()).filter(Boolean))],
    notes: f.notes?.trim() ?? '',
    connectedOn: f.connectedOn ? parseDay(f.connectedOn) : null,
  };
}

/** A row nobody could recognise later: no name, no URL, no email. */
export function emptyReason(r: ImportRow): string | null {
  if (r.name || r.profileUrl || r.email) return null;
  return 'No name, profile URL or email (LinkedIn leaves these out for people who hide their details)';
}
