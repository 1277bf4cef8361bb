import { describe, expect, it } from 'vitest';
import { type Activity, type Contact, timelineOf } from './contact.ts';

const contact = (over: Partial<Contact> = {}): Contact => ({
  id: 'c1',
  profileUrl: null,
  captured: null,
  edits: {},
  email: null,
  tags: [],
  stage: 'to-research',
  referredBy: null,
  introducedBy: null,
  notes: '',
  createdAt: 100,
  updatedAt: 100,
  rev: 1,
  ...over,
});
const entry = (at: number, text: string): Activity => ({ id: `a${at}`, contactId: 'c1', at, kind: 'note-added', text });

describe('timelineOf', () => {
  it('is the stored activity when no import created the contact', () => {
    const stored = [entry(100, 'Captured'), entry(200, 'Note')];
    expect(timelineOf(contact(), stored)).toBe(stored);
  });

  it('puts the import that created the contact in time order, naming the file and the day connected', () => {
    const c = contact({ importedFrom: { source: 'linkedin-connections', connectedOn: '2024-10-15' } });
    const shown = timelineOf(c, [entry(50, 'Older, from a merged record'), entry(300, 'Stage changed')]);
    expect(shown.map((a) => a.text)).toEqual([
      'Older, from a merged record',
      'Imported from LinkedIn connections (connected 2024-10-15)',
      'Stage changed',
    ]);
    expect(shown[1]).toMatchObject({ id: 'c1:imported', contactId: 'c1', at: 100, kind: 'imported' });
  });

  it('says only the source when the file gave no date, and works with nothing stored', () => {
    const shown = timelineOf(contact({ importedFrom: { source: 'vcard', connectedOn: null } }), []);
    expect(shown.map((a) => a.text)).toEqual(['Imported from a vCard file']);
  });
});
