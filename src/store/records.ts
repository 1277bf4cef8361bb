// Constructors for new records, so every writer fills every field the same way.
import type { Activity, ActivityKind, Contact } from '../domain/contact.ts';
import { newId } from '../lib/id.ts';

export function newContact(init: Partial<Contact>, now: number): Contact {
  return {
    id: newId(),
    profileUrl: null,
    captured: null,
    edits: {},
    email: null,
    tags: [],
    stage: 'to-research',
    referredBy: null,
    introducedBy: null,
    notes: '',
    ...init,
    createdAt: now,
    updatedAt: now,
    rev: 1,
  };
}

export function newActivity(
  contactId: string,
  kind: ActivityKind,
  text: string,
  at: number,
  id: string = newId(),
): Activity {
  return { id, contactId, kind, text, at };
}

/** Emails compare case-insensitively in practice; store one form so the index matches. */
export function normaliseEmail(email: string | null | undefined): string | null {
  const e = email?.trim().toLowerCase();
  return e?.includes('@') ? e : null;
}
