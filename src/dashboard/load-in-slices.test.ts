import { describe, expect, it, vi } from 'vitest';
import { syntheticContacts } from '../store/bench-data.ts';
import { listContacts, updateContact } from '../store/contacts.ts';
import type { DB } from '../store/db.ts';
import { ContactSearch } from '../store/search.ts';
import { freshDb } from '../store/test-util.ts';
import { newestContacts, readAllContacts, startSearch } from './load-in-slices.ts';

async function seeded(n: number): Promise<DB> {
  const db = await freshDb();
  const tx = db.transaction('contacts', 'readwrite');
  for (const c of syntheticContacts(n, { seed: 3, notes: n })) void tx.store.put(c);
  await tx.done;
  return db;
}

describe('loading the dashboard in slices', () => {
  it('reads every contact in chunks, as one getAll would', async () => {
    const db = await seeded(1_234);
    const all = await readAllContacts(db, new AbortController().signal);
    expect(all.map((c) => c.id)).toEqual((await db.getAll('contacts')).map((c) => c.id));
  });

  it('gives the first page as listContacts does', async () => {
    const db = await seeded(100);
    expect((await newestContacts(db, 24)).map((c) => c.id)).toEqual((await listContacts(db, { limit: 24 })).map((c) => c.id));
  });

  it('builds the same index as fromContacts, and a write made meanwhile wins over the older copy', async () => {
    const db = await seeded(600);
    const ac = new AbortController();
    const snapshot = await db.getAll('contacts');
    const builder = startSearch(db, ac.signal);
    const target = snapshot[42]!;
    await updateContact(db, target.id, { edits: { name: 'Quorra Zephyrine' } }, target.rev, Date.now());
    const search = await builder.fill(snapshot);
    const reference = ContactSearch.fromContacts(snapshot.filter((c) => c.id !== target.id));
    for (const q of ['ash', 'nimbus lab', 'software', 'climate']) {
      const ids = (s: ContactSearch) => s.search(q, { limit: 1_000 }).map((h) => h.id).filter((id) => id !== target.id).sort();
      expect(ids(search)).toEqual(ids(reference));
    }
    await vi.waitFor(() => expect(search.search('Quorra Zephyrine').map((h) => h.id)).toEqual([target.id]));
    const oldName = target.captured!.name!;
    expect(search.search(oldName, { limit: 1_000 }).map((h) => h.id)).not.toContain(target.id);
    ac.abort();
  });

  it('stops when the page goes away', async () => {
    const db = await seeded(50);
    const ac = new AbortController();
    const builder = startSearch(db, ac.signal);
    ac.abort();
    await expect(builder.fill(await db.getAll('contacts'))).rejects.toThrow();
  });
});
