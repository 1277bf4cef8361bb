import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact.ts';
import { emptyProfile } from '../domain/profile.ts';
import { newContact } from '../store/records.ts';
import { formValues, patchFrom, rebase } from './profile-form-state.ts';

const base: Contact = {
  ...newContact({ profileUrl: null, edits: { name: 'Ada Quarry', title: 'Analyst' } }, 1),
  id: 'c1',
  notes: 'First note',
};

describe('profile form against concurrent writes', () => {
  it('keeps what the user is typing and takes everything else from the newer record', () => {
    const typed = { ...formValues(base), title: 'Lead analyst' };
    const fresh: Contact = { ...base, notes: 'First note\n\nAdded from the popup', rev: base.rev + 1 };
    const shown = rebase(typed, fresh, new Set(['title']));
    expect(shown['title']).toBe('Lead analyst');
    expect(shown['notes']).toBe('First note\n\nAdded from the popup');
  });

  it('saves only the fields typed in, so a note added elsewhere is not written back over', () => {
    const fresh: Contact = { ...base, notes: 'First note\n\nAdded from the popup', rev: base.rev + 1 };
    const values = { ...rebase({ ...formValues(base), title: 'Lead analyst' }, fresh, new Set(['title'])) };
    expect(patchFrom(values, base, new Set(['title']))).toEqual({ edits: { title: 'Lead analyst' } });
  });

  it('a field typed back to the captured value removes the edit', () => {
    const captured: Contact = {
      ...base,
      captured: { ...emptyProfile('https://example.org/ada', 'generic'), name: 'Ada Q.' },
    };
    expect(patchFrom({ ...formValues(captured), name: 'Ada Q.' }, captured, new Set(['name']))).toEqual({
      edits: { name: undefined },
    });
  });
});
