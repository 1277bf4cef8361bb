import { describe, expect, it } from 'vitest';
import { openDb } from './db.ts';
import { emptyDraft, getPersonDraft, parsePersonDraft, savePersonDraft } from './person-drafts.ts';

describe('person drafts', () => {
  it('round-trips a draft under the normalised profile URL', async () => {
    const db = await openDb('drafts-test-1');
    const draft = {
      ...emptyDraft(),
      plan: ['What drew you to the field?'],
      note: 'met at a meetup',
      variant: 'connectionNote' as const,
      slotStarts: [1_700_000_000_000],
    };
    await savePersonDraft(db, 'https://www.linkedin.com/in/some-one/?trk=x', draft);
    const back = await getPersonDraft(db, 'https://linkedin.com/in/some-one');
    expect(back.plan).toEqual(['What drew you to the field?']);
    expect(back.note).toBe('met at a meetup');
    expect(back.variant).toBe('connectionNote');
    expect(back.slotStarts).toEqual([1_700_000_000_000]);
  });

  it('returns an empty draft for an unknown person', async () => {
    const db = await openDb('drafts-test-2');
    expect(await getPersonDraft(db, 'https://www.linkedin.com/in/nobody/')).toEqual(emptyDraft());
  });

  it('repairs damaged records instead of failing', () => {
    const parsed = parsePersonDraft({
      plan: [1, 'ok', null],
      variant: 'eval',
      slotStarts: ['x', 5],
      edited: { coldEmail: { subject: 3, body: 'b' } },
      fields: { name: 7, title: 'T' },
    });
    expect(parsed.plan).toEqual(['ok']);
    expect(parsed.variant).toBe('coldEmail');
    expect(parsed.slotStarts).toEqual([5]);
    expect(parsed.edited.coldEmail).toEqual({ subject: '', body: 'b' });
    expect(parsed.fields).toEqual({ title: 'T' });
    expect(parsePersonDraft('garbage')).toEqual(emptyDraft());
  });
});
