// "What do they care about?": a line kept on the contact, so the user can be useful to them in
// return, and so follow-up drafts can mention it. Autosaved (merged with other pages' edits).
import { useEffect, useState } from 'preact/hooks';
import type { Contact } from '../domain/contact.ts';
import { saveContactPatch } from '../store/meetings.ts';
import { useDebouncedSave } from '../ui/use-debounced-save.ts';

export function CaresAbout({ contact, id, prompt }: { contact: Contact; id: string; prompt?: string }) {
  const [text, setText] = useState(contact.caresAbout ?? '');
  const [base, setBase] = useState(contact);
  const [status, setStatus] = useState('');
  useEffect(() => {
    // Another page saved it: show theirs unless we are typing something else.
    if (contact.rev > base.rev) {
      setBase(contact);
      if ((base.caresAbout ?? '') === text) setText(contact.caresAbout ?? '');
    }
  }, [contact]);
  useDebouncedSave(text, async (value) => {
    try {
      const { contact: saved } = await saveContactPatch(base, { caresAbout: value }, Date.now());
      setBase(saved);
      setStatus('Saved');
    } catch (e) {
      setStatus(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  return (
    <div class="field">
      <label for={id}>What do they care about?</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        aria-describedby={`${id}-hint`}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="small muted">
        {prompt ?? 'A cause, a project, a problem they mentioned: so you can send something useful back.'}{' '}
        <span role="status">{status}</span>
      </p>
    </div>
  );
}
