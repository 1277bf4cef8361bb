// From rows to writes: which rows create contacts, which add to existing ones, which change
// nothing. Run once for the preview and again inside the commit transaction, so the commit
// is right even if the store changed after the preview.
import { type Contact, IMPORT_SOURCES, type ImportSource } from '../../domain/contact.ts';
import { type CapturedProfile, emptyProfile, type Site } from '../../domain/profile.ts';
import { siteOf } from '../../domain/profile-url.ts';
import { bulkId } from '../bulk-ids.ts';
import type { CompactContact } from '../contact-record.ts';
import { newContact } from '../records.ts';
import { identityOf, Matcher } from './match.ts';
import type { ImportKind, ImportRow, Skipped } from './types.ts';

/** siteOf without parsing the URL again for the common case, a normalised LinkedIn URL. */
function siteOfRow(url: string): Site {
  return url.startsWith('https://www.linkedin.com/') ? 'linkedin' : siteOf(url);
}

/**
 * Imported fields live in `captured`, never in `edits`: a later real capture may replace them.
 * They carry no per-field source: a capture's sources name the page layer that found each field,
 * and for an import the contact's `importedFrom` already says where all of them came from
 * (leaving them out is 10% of a record, at 30,000 records).
 */
function importedProfile(row: ImportRow): CapturedProfile {
  const url = row.profileUrl ?? '';
  return {
    ...emptyProfile(url, url ? siteOfRow(url) : 'generic'),
    name: row.name,
    location: row.location,
    current: row.company || row.title ? { title: row.title, company: row.company } : null,
  };
}

/** True for a profile nothing but imports or saved links produced, which an import may refresh. */
export function isFromImport(p: CapturedProfile | null): boolean {
  return !p || Object.values(p.sources).every((s) => !s || s.startsWith('import:') || s === 'link');
}

const isSource = (kind: ImportKind): kind is ImportSource => Object.hasOwn(IMPORT_SOURCES, kind);

export function contactFromRow(row: ImportRow, kind: ImportKind, now: number, id: string = bulkId()): Contact {
  return newContact(
    {
      id,
      profileUrl: row.profileUrl,
      captured: importedProfile(row),
      email: row.email,
      tags: row.tags,
      notes: row.notes,
      ...(isSource(kind) ? { importedFrom: { source: kind, connectedOn: row.connectedOn } } : {}),
    },
    now,
  );
}

/**
 * compactContact(contactFromRow(row, kind, now, id)) (contact-record.ts), built directly: the
 * record an import writes for a new contact, without first building the whole Contact and its
 * empty profile only to leave their empty fields out again (30,000 times for a first import).
 * contact-record.test.ts checks the two agree.
 */
export function compactFromRow(row: ImportRow, kind: ImportKind, now: number, id: string = bulkId()): CompactContact {
  const url = row.profileUrl;
  const out: CompactContact = { id, stage: 'to-research', createdAt: now, updatedAt: now, rev: 1 };
  if (url) out.profileUrl = url;
  const captured: Partial<CapturedProfile> = { site: url ? siteOfRow(url) : 'generic' };
  if (row.name !== null) captured.name = row.name;
  if (row.location !== null) captured.location = row.location;
  if (row.company || row.title) captured.current = { title: row.title, company: row.company };
  out.captured = captured as CapturedProfile;
  if (row.email) out.email = row.email;
  if (row.tags.length) out.tags = row.tags;
  if (row.notes) out.notes = row.notes;
  if (isSource(kind)) out.importedFrom = { source: kind, connectedOn: row.connectedOn };
  return out;
}

/** The contact with what the row adds, and a list of what that is; null when nothing is new. */
export function mergeRow(c: Contact, row: ImportRow, now: number): { next: Contact; changes: string[] } | null {
  const next: Contact = { ...c };
  const changes: string[] = [];
  if (!c.email && row.email) {
    next.email = row.email;
    changes.push(`Email: ${row.email}`);
  }
  if (!c.profileUrl && row.profileUrl) {
    next.profileUrl = row.profileUrl;
    changes.push('Profile URL added');
  }
  const tags = row.tags.filter((t) => !c.tags.includes(t));
  if (tags.length) {
    next.tags = [...c.tags, ...tags];
    changes.push(`Tags: ${tags.join(', ')}`);
  }
  if (row.notes && !c.notes.includes(row.notes)) {
    next.notes = c.notes ? `${c.notes}\n${row.notes}` : row.notes;
    changes.push('Notes added');
  }
  // A page capture is richer and dated; an earlier import or a saved link is not: refresh those.
  if (isFromImport(c.captured)) {
    const fresh = importedProfile({ ...row, profileUrl: next.profileUrl });
    const prev = c.captured;
    const cur = fresh.current;
    if (cur && (cur.company !== prev?.current?.company || cur.title !== prev?.current?.title)) {
      changes.push(`Position: ${[cur.title, cur.company].filter(Boolean).join(' at ')}`);
    }
    if (fresh.location && fresh.location !== prev?.location) changes.push(`Location: ${fresh.location}`);
    if (!prev?.name && fresh.name) changes.push(`Name: ${fresh.name}`);
    if (changes.length) {
      next.captured = {
        ...fresh,
        name: fresh.name ?? prev?.name ?? null,
        location: fresh.location ?? prev?.location ?? null,
        current: cur ?? prev?.current ?? null,
      };
    }
  }
  if (!changes.length) return null;
  return { next: { ...next, updatedAt: now, rev: c.rev + 1 }, changes };
}

export interface Plan {
  /** New contacts: their rows. Built (and given ids) by compactFromRow only when written (a preview never needs them). */
  add: { row: ImportRow }[];
  update: { row: ImportRow; contact: Contact; changes: string[] }[];
  unchanged: { row: ImportRow; contactId: string }[];
  skipped: Skipped[];
}

export function plan(rows: ImportRow[], existing: Contact[], now: number): Plan {
  // Stored contacts are known by their ids; a row planned as new by its row number (a number,
  // so never mistaken for an id): its real id is drawn only when it is written.
  const matcher = new Matcher<string | number>();
  const byId = new Map(existing.map((c) => [c.id, c]));
  for (const c of existing) matcher.add(c.id, identityOf(c));
  const out: Plan = { add: [], update: [], unchanged: [], skipped: [] };
  const firstRowOf = new Map<string | number, number>();
  for (const row of rows) {
    const id = matcher.match(row);
    if (id !== undefined && firstRowOf.has(id)) {
      out.skipped.push({ row: row.row, reason: `Same person as row ${firstRowOf.get(id)}` });
      continue;
    }
    if (id === undefined) {
      matcher.add(row.row, row);
      firstRowOf.set(row.row, row.row);
      out.add.push({ row });
      continue;
    }
    firstRowOf.set(id, row.row);
    const contact = byId.get(id as string)!;
    const merged = mergeRow(contact, row, now);
    if (merged) out.update.push({ row, contact: merged.next, changes: merged.changes });
    else out.unchanged.push({ row, contactId: contact.id });
  }
  return out;
}
