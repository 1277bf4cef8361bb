// What the profile form saves when other pages write the same contact while it is open
// (the popup adds a note, the meeting view moves the stage): only the fields the user typed
// in, relative to the contact as the form showed it, so the store can merge them with the
// other writes (saveContactPatch) or report a clash, never silently overwrite.
import { type Contact, type ContactFields, displayValue } from '../domain/contact.ts';
import type { ContactPatch } from '../store/index.ts';

export const PROFILE_FIELDS: [keyof ContactFields, string][] = [
  ['name', 'Name'],
  ['headline', 'Headline'],
  ['title', 'Title'],
  ['company', 'Company'],
  ['location', 'Location'],
  ['about', 'About'],
];

/** What the form calls each field, for messages. */
export function fieldLabel(f: string): string {
  return (
    PROFILE_FIELDS.find(([k]) => k === f)?.[1] ??
    ({ email: 'Email', notes: 'Notes', tags: 'Tags' } as Record<string, string>)[f] ??
    f
  );
}

export type FormValues = Record<string, string>;

export function capturedValue(c: Contact, f: keyof ContactFields): string {
  return displayValue({ ...c, edits: {} }, f) ?? '';
}

export function formValues(c: Contact): FormValues {
  return {
    ...Object.fromEntries(PROFILE_FIELDS.map(([f]) => [f, displayValue(c, f) ?? ''])),
    email: c.email ?? '',
    notes: c.notes,
    tags: c.tags.join(', '),
  };
}

/** The stored contact moved on: show its values, except in the fields the user is typing in. */
export function rebase(values: FormValues, fresh: Contact, dirty: ReadonlySet<string>): FormValues {
  const next = formValues(fresh);
  for (const f of dirty) if (f in values) next[f] = values[f]!;
  return next;
}

/** The change the user made to `base`, limited to the fields they typed in. */
export function patchFrom(values: FormValues, base: Contact, dirty: ReadonlySet<string>): ContactPatch {
  const shown = formValues(base);
  const changed = (f: string) => dirty.has(f) && (values[f] ?? '').trim() !== (shown[f] ?? '').trim();
  const edits: NonNullable<ContactPatch['edits']> = {};
  for (const [f] of PROFILE_FIELDS) {
    if (!changed(f)) continue;
    const v = values[f]!.trim();
    edits[f] = v === capturedValue(base, f) ? undefined : v;
  }
  const patch: ContactPatch = Object.keys(edits).length ? { edits } : {};
  if (changed('email')) patch.email = values['email']!.trim() || null;
  if (dirty.has('notes') && values['notes'] !== base.notes) patch.notes = values['notes'] ?? '';
  const tags = (values['tags'] ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (dirty.has('tags') && tags.join(',') !== base.tags.join(',')) patch.tags = tags;
  return patch;
}
