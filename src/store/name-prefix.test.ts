import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact.ts';
import { fold } from '../lib/fold.ts';
import { syntheticContacts } from './bench-data.ts';
import { NamePrefixIndex } from './name-prefix.ts';
import { ContactSearch } from './search.ts';
import { type SearchDoc, toSearchDoc } from './search-doc.ts';

const processTerm = (t: string) => fold(t) || null;

/** The query ContactSearch ran through MiniSearch for one- and two-letter words, as the reference. */
function reference(docs: SearchDoc[], terms: string[], stage?: string) {
  const ms = new MiniSearch<SearchDoc>({ fields: ['name', 'company'], storeFields: ['stage'], processTerm });
  ms.addAll(docs);
  const hits = ms.search(
    { combineWith: 'AND', queries: terms.map((t) => ({ queries: [t], prefix: true, fields: ['name', 'company'] })) },
    {
      boost: { name: 4, company: 3 },
      boostDocument: (_id, _t, stored) => (!stage || stored?.['stage'] === stage ? 1 : 0),
    },
  );
  return hits.map((h) => ({
    id: String(h.id),
    score: h.score,
    fields: [...new Set(Object.values(h.match).flat())].sort(),
  }));
}

function contacts(n: number, seed: number): Contact[] {
  const list = syntheticContacts(n, { seed });
  // Some edited names, accents, punctuation, empty companies and repeated words.
  list[1]!.edits = { name: 'Al Al-Ashford' };
  list[2]!.edits = { company: '' };
  list[3]!.edits = { name: 'Zoë Åberg, PhD', company: 'A. B. Analytics' };
  list[4]!.edits = { name: 'A' };
  return list;
}

const QUERIES = [['a'], ['al'], ['z'], ['ze'], ['b', 'r'], ['al', 'a'], ['a', 'a'], ['ph'], ['x'], ['l', 'b', 'a']];

function expectSameRanking(
  actual: { id: string; score: number; fields: string[] }[],
  expected: ReturnType<typeof reference>,
  label: string,
) {
  expect(actual.length, label).toBe(expected.length);
  const want = new Map(expected.map((h) => [h.id, h]));
  for (const [i, hit] of actual.entries()) {
    const w = want.get(hit.id);
    expect(w, `${label}: ${hit.id}`).toBeDefined();
    expect(hit.score, label).toBeCloseTo(w!.score, 9);
    expect([...hit.fields].sort(), label).toEqual(w!.fields);
    if (i > 0) expect(hit.score, label).toBeLessThanOrEqual(actual[i - 1]!.score);
  }
}

describe('NamePrefixIndex', () => {
  it('finds and ranks one- and two-letter words as MiniSearch did, with the stage filter', () => {
    const docs = contacts(2_000, 11).map(toSearchDoc);
    const idx = new NamePrefixIndex(processTerm);
    for (const d of docs) idx.add(d);
    for (const terms of QUERIES) {
      expectSameRanking(idx.search(terms, { limit: 5_000 }), reference(docs, terms), terms.join(' '));
      expectSameRanking(
        idx.search(terms, { limit: 5_000, stage: 'met' }),
        reference(docs, terms, 'met'),
        `${terms.join(' ')} met`,
      );
    }
  });

  it('after changes and removals, ranks as an index built from the contacts as they are now', () => {
    const list = contacts(1_500, 12);
    const idx = new NamePrefixIndex(processTerm);
    for (const c of list) idx.add(toSearchDoc(c));
    const gone = new Set(list.slice(100, 400).map((c) => c.id));
    for (const id of gone) idx.remove(id);
    const changed = list.slice(500, 600).map((c) => ({ ...c, edits: { name: `Ada ${c.id}`, company: 'Zed Works' } }));
    for (const c of changed) idx.add(toSearchDoc(c));
    const now = [...list.filter((c) => !gone.has(c.id) && !changed.some((x) => x.id === c.id)), ...changed].map(
      toSearchDoc,
    );
    expect(idx.size).toBe(now.length);
    for (const terms of [...QUERIES, ['ad'], ['ze', 'wo']])
      expectSameRanking(idx.search(terms, { limit: 5_000 }), reference(now, terms), terms.join(' '));
    for (const id of gone) idx.add(toSearchDoc(list.find((c) => c.id === id)!));
    for (const id of [...idx['numberOf'].keys()]) idx.remove(id);
    expect(idx.size).toBe(0);
    expect(idx.search(['a'], { limit: 10 })).toEqual([]);
    expect(idx['byPrefix'].size).toBe(0);
  });

  it('keeps the best `limit`, equal scores in the order added, and refuses longer words', () => {
    const idx = new NamePrefixIndex(processTerm);
    for (const [id, name] of [
      ['1', 'Bo Ek'],
      ['2', 'Bob Ek'],
      ['3', 'Bo Ek'],
      ['4', 'Cy Ek'],
    ] as const) {
      idx.add({ ...toSearchDoc(syntheticContacts(1)[0]!), id, name, company: '' });
    }
    expect(idx.search(['bo'], { limit: 10 }).map((h) => h.id)).toEqual(['1', '3', '2']);
    expect(idx.search(['bo'], { limit: 2 }).map((h) => h.id)).toEqual(['1', '3']);
    // Under "b", the rarer word "bob" outweighs the shorter "bo" (BM25's inverse document frequency).
    expect(idx.search(['b', 'ek'], { limit: 10 }).map((h) => h.id)).toEqual(['2', '1', '3']);
    expect(idx.search(['b', 'zz'], { limit: 10 })).toEqual([]);
    expect(idx.search(['b'], { limit: 10 })[0]?.fields).toEqual(['name']);
    expect(() => idx.search(['bob'], { limit: 10 })).toThrow();
  });
});

describe('ContactSearch with one- and two-letter words', () => {
  it('answers from the names and companies only, best first, and nothing for punctuation', () => {
    const list = contacts(1_000, 13);
    const s = ContactSearch.fromContacts(list);
    const docs = list.map(toSearchDoc);
    expectSameRanking(s.search('Al', { limit: 5_000 }), reference(docs, ['al']), 'Al');
    expectSameRanking(s.search('zé b', { limit: 5_000, stage: 'met' }), reference(docs, ['ze', 'b'], 'met'), 'zé b');
    expect(s.search('a', { limit: 7 })).toHaveLength(7);
    expect(s.search('--')).toEqual([]);
  });
});
