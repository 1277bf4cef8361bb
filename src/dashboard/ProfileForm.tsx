// The profile as captured and as edited. Edits are stored apart (contact.edits) and always
// win; clearing a field back to the captured value removes the edit.
import { useEffect, useRef, useState } from 'preact/hooks';
import { safeUrl } from '../domain/capture-parse.ts';
import type { Contact } from '../domain/contact.ts';
import { ConflictError } from '../store/index.ts';
import { saveContactPatch } from '../store/meetings.ts';
import { capturedValue, fieldLabel, formValues, PROFILE_FIELDS, patchFrom, rebase } from './profile-form-state.ts';

export function ProfileForm({ contact }: { contact: Contact }) {
  const [values, setValues] = useState(() => formValues(contact));
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  // The record the typing is relative to, and the fields typed in since the last save: another
  // page's write must neither wipe what is being typed nor be written back over on Save.
  const base = useRef(contact);
  const dirty = useRef(new Set<string>());
  useEffect(() => {
    if (base.current.id !== contact.id) dirty.current = new Set();
    if (!dirty.current.size) base.current = contact;
    setValues((v) => rebase(v, contact, dirty.current));
  }, [contact.id, contact.rev]);

  async function save(e: Event) {
    e.preventDefault();
    const patch = patchFrom(values, base.current, dirty.current);
    if (!Object.keys(patch).length) return setStatus({ kind: 'ok', text: 'Nothing changed.' });
    try {
      const { contact: saved, merged } = await saveContactPatch(base.current, patch, Date.now());
      base.current = saved;
      dirty.current = new Set();
      setStatus({ kind: 'ok', text: merged ? 'Saved, together with changes made in another window.' : 'Saved.' });
    } catch (err) {
      if (!(err instanceof ConflictError)) return setStatus({ kind: 'error', text: String(err) });
      // Both changed the same field: keep the user's text on screen, say so, and let a second
      // Save deliberately replace the other version (it is now the base).
      if (err.current) base.current = err.current as Contact;
      const labels = err.fields.map(fieldLabel).join(', ') || 'this contact';
      setStatus({
        kind: 'error',
        text: `Not saved: ${labels} changed in another window meanwhile. Your text is still here; Save again to replace theirs, or reload to see it.`,
      });
    }
  }

  const type = (f: string, v: string) => {
    dirty.current.add(f);
    setValues((cur) => ({ ...cur, [f]: v }));
  };

  const field = (f: string, label: string, multiline = false, hint = '') => (
    <div class="cc-field" key={f}>
      <label for={`pf-${f}`}>{label}</label>
      {multiline ? (
        <textarea id={`pf-${f}`} value={values[f]} onInput={(e) => type(f, e.currentTarget.value)} />
      ) : (
        <input id={`pf-${f}`} value={values[f]} onInput={(e) => type(f, e.currentTarget.value)} />
      )}
      {hint && <span class="muted small">{hint}</span>}
    </div>
  );

  // Only http(s): a restored backup may hold any string, and a javascript: href runs on click.
  const link = safeUrl(contact.profileUrl);
  return (
    <form class="cc-profile" onSubmit={save} aria-label="Profile">
      {PROFILE_FIELDS.map(([f, label]) => {
        const cap = capturedValue(contact, f);
        const edited = contact.edits[f] !== undefined;
        return field(f, label, f === 'about', edited ? `Edited; captured: ${cap || '(nothing)'}` : '');
      })}
      {field('email', 'Email')}
      {field('tags', 'Tags (comma-separated)')}
      {field('notes', 'Notes', true)}
      <div class="row">
        <button type="submit" class="btn btn-primary">
          Save profile
        </button>
        {status && (
          <span role="status" class={status.kind === 'error' ? 'cc-error' : 'muted'}>
            {status.text}
          </span>
        )}
        {link && (
          <a href={link} target="_blank" rel="noreferrer noopener">
            Open their profile
          </a>
        )}
      </div>
    </form>
  );
}
