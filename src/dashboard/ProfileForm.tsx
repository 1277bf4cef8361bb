// The profile as captured and as edited. Edits are stored apart (contact.edits) and always
// win; clearing a field back to the captured value removes the edit.
import { useEffect, useState } from 'preact/hooks';
import { type Contact, type ContactFields, displayValue } from '../domain/contact.ts';
import { type ContactPatch, updateContact } from '../store/contacts.ts';
import type { DB } from '../store/db.ts';
import { ConflictError } from '../store/errors.ts';

const FIELDS: [keyof ContactFields, string][] = [
  ['name', 'Name'], ['headline', 'Headline'], ['title', 'Title'], ['company', 'Company'], ['location', 'Location'], ['about', 'About'],
];

function capturedValue(c: Contact, f: keyof ContactFields): string {
  return displayValue({ ...c, edits: {} }, f) ?? '';
}

export function ProfileForm({ db, contact }: { db: DB; contact: Contact }) {
  const initial = () => ({
    ...Object.fromEntries(FIELDS.map(([f]) => [f, displayValue(contact, f) ?? ''])),
    email: contact.email ?? '', notes: contact.notes, tags: contact.tags.join(', '),
  }) as Record<string, string>;
  const [values, setValues] = useState(initial);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  // Another page changed this contact: show its values (the revision moved on).
  useEffect(() => setValues(initial()), [contact.id, contact.rev]);

  async function save(e: Event) {
    e.preventDefault();
    const edits: ContactPatch['edits'] = {};
    for (const [f] of FIELDS) {
      const v = values[f]!.trim();
      if (v === (displayValue(contact, f) ?? '')) continue;
      edits[f] = v === capturedValue(contact, f) ? undefined : v;
    }
    const patch: ContactPatch = { edits };
    if ((values['email'] ?? '').trim() !== (contact.email ?? '')) patch.email = values['email']!.trim() || null;
    if (values['notes'] !== contact.notes) patch.notes = values['notes'] ?? '';
    const tags = (values['tags'] ?? '').split(',').map((t) => t.trim()).filter(Boolean);
    if (tags.join(',') !== contact.tags.join(',')) patch.tags = tags;
    try {
      await updateContact(db, contact.id, patch, contact.rev, Date.now());
      setStatus({ kind: 'ok', text: 'Saved.' });
    } catch (err) {
      setStatus({ kind: 'error', text: err instanceof ConflictError ? 'Changed elsewhere meanwhile; the latest values are shown. Edit again to save.' : String(err) });
    }
  }

  const field = (f: string, label: string, multiline = false, hint = '') => (
    <div class="cc-field" key={f}>
      <label for={`pf-${f}`}>{label}</label>
      {multiline ? (
        <textarea id={`pf-${f}`} value={values[f]} onInput={(e) => setValues({ ...values, [f]: e.currentTarget.value })} />
      ) : (
        <input id={`pf-${f}`} value={values[f]} onInput={(e) => setValues({ ...values, [f]: e.currentTarget.value })} />
      )}
      {hint && <span class="muted small">{hint}</span>}
    </div>
  );

  return (
    <form class="cc-profile" onSubmit={save} aria-label="Profile">
      {FIELDS.map(([f, label]) => {
        const cap = capturedValue(contact, f);
        const edited = contact.edits[f] !== undefined;
        return field(f, label, f === 'about', edited ? `Edited; captured: ${cap || '(nothing)'}` : '');
      })}
      {field('email', 'Email')}
      {field('tags', 'Tags (comma-separated)')}
      {field('notes', 'Notes', true)}
      <div class="row">
        <button type="submit" class="btn btn-primary">Save profile</button>
        {status && <span role="status" class={status.kind === 'error' ? 'cc-error' : 'muted'}>{status.text}</span>}
        {contact.profileUrl && <a href={contact.profileUrl} target="_blank" rel="noreferrer noopener">Open their profile</a>}
      </div>
    </form>
  );
}
