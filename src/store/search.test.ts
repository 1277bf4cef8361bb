import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact.ts';
import { syntheticContacts } from './bench-data.ts';
import { deleteContact, deleteEverything, updateContact, upsertFromCapture } from './contacts.ts';
import { ContactSearch } from './search.ts';
import { freshDb, profile } from './test-util.ts';

function contact(id: string, name: string, company: string, over: Partial<Contact> = {}): Contact {
  const base = syntheticContacts(1)[0]!;
  return {
    ...base,
    id,
    profileUrl: `https://www.linkedin.com/in/${id}/`,
    captured: {
      ...base.captured!,
      name,
      current: { title: 'Engineer', company },
      experience: [],
      education: [{ school: 'École Normale de Vantmoor', degree: null, field: null, start: null, end: null }],
      location: 'Mirefield',
    },
    notes: '',
    tags: [],
    ...over,
  };
}

const people = [
  contact('a', 'Anaïs Quillbrook', 'Google LLC'),
  contact('b', 'Bram Oakley', 'Google DeepMind', { notes: 'Talked about reinforcement learning and hiring' }),
  contact('c', 'Cora Ashby', 'GOOGLE, Inc.'),
  contact('d', 'Dalia Anand', 'Nimbus Lattice', { tags: ['climate'] }),
  contact('e', 'Ezra Vale', 'Goodyear'),
];

describe('ContactSearch', () => {
  const s = ContactSearch.fromContacts(people);

  it('prefix-matches as you type, ignoring accents and case', () => {
    expect(s.search('ana').map((h) => h.id)).toEqual(expect.arrayContaining(['a', 'd']));
    expect(s.search('ANAIS').map((h) => h.id)).toEqual(['a']);
    expect(s.search('anaïs q').map((h) => h.id)).toEqual(['a']);
    expect(s.search('ecole').length).toBe(people.length);
  });

  it('searches notes, tags, company and ranks a name match above a notes match', () => {
    expect(s.search('reinforce').map((h) => h.id)).toEqual(['b']);
    expect(s.search('climate').map((h) => h.id)).toEqual(['d']);
    const both = ContactSearch.fromContacts([
      contact('n', 'Hiring Manager', 'X'),
      contact('m', 'Someone', 'Y', { notes: 'hiring hiring' }),
    ]);
    expect(both.search('hiring').map((h) => h.id)).toEqual(['n', 'm']);
    expect(both.search('hiring')[0]?.fields).toContain('name');
  });

  it('narrows with every word and filters by stage', () => {
    expect(s.search('google cora').map((h) => h.id)).toEqual(['c']);
    expect(
      s.search('google', { stage: 'archived' }).every((h) => people.find((p) => p.id === h.id)?.stage === 'archived'),
    ).toBe(true);
    expect(s.search('   ')).toEqual([]);
  });

  it('answers "who do I know at Google" with variants, same company first', () => {
    const hits = s.whoDoIKnowAt('Google');
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.contactId)
        .sort(),
    ).toEqual(['a', 'c']);
    expect(hits[2]?.contactId).toBe('b');
    expect(hits.map((h) => h.match)).toEqual(['same', 'same', 'related']);
    expect(
      s
        .whoDoIKnowAt('google llc')
        .map((h) => h.contactId)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(s.whoDoIKnowAt('DeepMind').map((h) => h.contactId)).toEqual(['b']);
    expect(s.whoDoIKnowAt('goo').map((h) => h.contactId)).toContain('e');
    expect(s.whoDoIKnowAt('Alphabet')).toEqual([]);
  });

  it('includes former employees only when asked', () => {
    const former = contact('f', 'Fen Moss', 'Kiln Works');
    former.captured!.experience = [
      {
        title: 'SRE',
        company: 'Google',
        location: null,
        start: '2015',
        end: '2019',
        current: false,
        description: null,
      },
    ];
    const idx = ContactSearch.fromContacts([former, people[0]!]);
    expect(idx.whoDoIKnowAt('google').map((h) => h.contactId)).toEqual(['a']);
    expect(idx.whoDoIKnowAt('google', { includePast: true }).map((h) => [h.contactId, h.current])).toEqual([
      ['a', true],
      ['f', false],
    ]);
  });

  it('updates incrementally and follows committed writes through the broadcast', async () => {
    const db = await freshDb();
    const idx = await ContactSearch.build(db);
    const ac = new AbortController();
    idx.attach(db, ac.signal);
    const { contact: c } = await upsertFromCapture(db, profile('live', { name: 'Yarrow Pemberton' }), 1);
    await expect.poll(() => idx.search('yarrow').map((h) => h.id)).toEqual([c.id]);
    await updateContact(db, c.id, { edits: { company: 'Heliotrope Foods' } }, c.rev, 2);
    await expect.poll(() => idx.whoDoIKnowAt('heliotrope').map((h) => h.contactId)).toEqual([c.id]);
    expect(idx.whoDoIKnowAt('quillfeather')).toEqual([]);
    await deleteContact(db, c.id, 3);
    await expect.poll(() => idx.size).toBe(0);
    await upsertFromCapture(db, profile('live2'), 4);
    await expect.poll(() => idx.size).toBe(1);
    await deleteEverything(db);
    await expect.poll(() => idx.size).toBe(0);
    ac.abort();
  });

  // Speed is measured by `npm run bench` in Chromium, never asserted here; this checks that the
  // index finds the right person among 30,000 as the name and company are typed.
  it('finds one person among 30,000 contacts and 100,000 notes as their name and company are typed', () => {
    const contacts = syntheticContacts(30_000, { notes: 100_000, seed: 3 });
    const big = ContactSearch.fromContacts(contacts);
    const target = contacts[12_345]!;
    const name = target.captured!.name!;
    const typed = `${name} ${target.captured!.current!.company}`;
    expect(big.search(name).map((h) => h.id)).toContain(target.id);
    expect(big.search(typed)[0]?.id).toBe(target.id);
    expect(big.search(typed.toUpperCase())[0]?.id).toBe(target.id);
  }, 60_000);

  it('indexes in the background in slices: the same hits, and changes made meanwhile win', async () => {
    const contacts = syntheticContacts(3_000, { notes: 6_000, seed: 4 });
    const bg = ContactSearch.inBackground(contacts, { sliceMs: 1 });
    expect(bg.complete).toBe(false);
    const gone = contacts[2_900]!;
    const moved = { ...contacts[2_950]!, edits: { company: 'Zanzibarque Teas' }, rev: 2 };
    bg.remove(gone.id);
    bg.upsert(moved);
    await bg.ready;
    expect(bg.complete).toBe(true);
    expect(bg.size).toBe(contacts.length - 1);
    expect(bg.search('zanzibarque').map((h) => h.id)).toEqual([moved.id]);
    expect(bg.whoDoIKnowAt('zanzibarque').map((h) => h.contactId)).toEqual([moved.id]);
    expect(bg.search(gone.captured!.name!).map((h) => h.id)).not.toContain(gone.id);
    // As if built at once from the contacts as they are now (the changed one was indexed first).
    const whole = ContactSearch.fromContacts([moved, ...contacts.filter((c) => c.id !== gone.id && c.id !== moved.id)]);
    for (const q of [
      'ro',
      'roadmap',
      'nimbus lab',
      'quill sy',
      'mentor coffee climate',
      contacts[7]!.captured!.name!,
    ]) {
      expect(bg.search(q, { limit: 5_000 }), q).toEqual(whole.search(q, { limit: 5_000 }));
      expect(bg.search(q, { stage: 'met' }), q).toEqual(whole.search(q, { stage: 'met' }));
    }
  }, 60_000);

  it('stops a background build on abort and after reset', async () => {
    const contacts = syntheticContacts(2_000, { seed: 6 });
    const ac = new AbortController();
    const bg = ContactSearch.inBackground(contacts, { signal: ac.signal, sliceMs: 1 });
    ac.abort();
    await bg.ready;
    expect(bg.complete).toBe(false);
    expect(bg.size).toBeLessThan(contacts.length);
    const again = ContactSearch.inBackground(contacts, { sliceMs: 1 });
    again.reset(contacts.slice(0, 10));
    await again.ready;
    expect(again.complete).toBe(true);
    expect(again.size).toBe(10);
  });
});
