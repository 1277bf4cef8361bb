import { describe, expect, it } from 'vitest';
import { syntheticContacts } from './bench-data.ts';
import { readContacts } from './contact-record.ts';
import { newestContacts, readAllContacts, refreshIndex } from './contact-slices.ts';
import { listContacts, updateContact } from './contacts.ts';
import type { DB } from './db.ts';
import { ContactSearch } from './search.ts';
import { freshDb } from './test-util.ts';

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
    expect((await newestContacts(db, 24)).map((c) => c.id)).toEqual(
      (await listContacts(db, { limit: 24 })).map((c) => c.id),
    );
  });

  it('applies writes the index missed, and removals', async () => {
    const db = await seeded(60);
    const snapshot = readContacts(await db.getAll('contacts'));
    const search = ContactSearch.fromContacts(snapshot);
    const target = snapshot[7]!;
    await updateContact(db, target.id, { edits: { name: 'Quorra Zephyrine' } }, target.rev, Date.now());
    await refreshIndex(search, db, [{ store: 'contacts', ids: [target.id, 'gone-id'] }]);
    expect(search.search('Quorra Zephyrine').map((h) => h.id)).toEqual([target.id]);
    expect(search.search(target.captured!.name!, { limit: 1_000 }).map((h) => h.id)).not.toContain(target.id);
  });
});
