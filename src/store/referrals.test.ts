import { describe, expect, it } from 'vitest';
import { getContact, upsertFromCapture } from './contacts.ts';
import { addReferral, referralChain, referralTree } from './referrals.ts';
import { freshDb, profile } from './test-util.ts';

async function people(n: number) {
  const db = await freshDb();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await upsertFromCapture(db, profile(`ref${i}`), i)).contact.id);
  return { db, ids };
}

describe('referrals', () => {
  it('walks the chain back to the root and the tree forward, with dead ends', async () => {
    const { db, ids } = await people(5);
    const [a, b, c, d, e] = ids as [string, string, string, string, string];
    await addReferral(db, { fromContactId: a, toContactId: b }, 10);
    await addReferral(db, { fromContactId: b, toContactId: c }, 11);
    await addReferral(db, { fromContactId: b, toContactId: d }, 12);
    await addReferral(db, { fromContactId: d, toContactId: e }, 13);
    expect(await referralChain(db, e)).toEqual([a, b, d, e]);
    expect(await referralChain(db, a)).toEqual([a]);
    const tree = await referralTree(db, a);
    expect(tree.children.map((n) => n.contactId)).toEqual([b]);
    const bNode = tree.children[0]!;
    expect(bNode.children.map((n) => n.contactId)).toEqual([c, d]);
    expect(bNode.children.map((n) => n.deadEnd)).toEqual([true, false]);
    expect((await getContact(db, c))?.referredBy).toBe(b);
  });

  it('survives a cycle', async () => {
    const { db, ids } = await people(2);
    const [a, b] = ids as [string, string];
    await addReferral(db, { fromContactId: a, toContactId: b }, 1);
    await addReferral(db, { fromContactId: b, toContactId: a }, 2);
    expect(await referralChain(db, b)).toEqual([a, b]);
    const tree = await referralTree(db, a);
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]!.deadEnd).toBe(true);
  });
});
