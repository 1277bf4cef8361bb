import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../domain/settings.ts';
import { onStoreChange, type StoreChange } from './changes.ts';
import { getContact, updateContact, upsertFromCapture } from './contacts.ts';
import { StorageFullError } from './errors.ts';
import { saveSettings } from './settings.ts';
import { freshDb, profile } from './test-util.ts';
import { write } from './write.ts';

/** Makes the n-th following put (1-based) fail the way a full disk does. */
function failPut(n: number): void {
  const proto = globalThis.IDBObjectStore.prototype;
  const real = proto.put;
  let calls = 0;
  vi.spyOn(proto, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    calls += 1;
    if (calls === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return real.apply(this, args);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('write', () => {
  it('turns QuotaExceededError into StorageFullError and keeps what was stored', async () => {
    const db = await freshDb();
    const { contact } = await upsertFromCapture(db, profile('full'), 1);
    failPut(2); // the contact put succeeds, the activity put fails: the contact put must roll back too
    const err = await updateContact(db, contact.id, { notes: 'lost?' }, 1, 2).catch((e) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as Error).message).toMatch(/no room left/);
    vi.restoreAllMocks();
    expect(await getContact(db, contact.id)).toEqual(contact);
    expect(await db.count('activity')).toBe(1);
  });

  it('fails a settings save cleanly on a full disk', async () => {
    const db = await freshDb();
    const s = defaultSettings('UTC');
    s.user.name = 'first';
    await saveSettings(db, s);
    failPut(1);
    await expect(saveSettings(db, { ...s, user: { ...s.user, name: 'second' } })).rejects.toBeInstanceOf(
      StorageFullError,
    );
    vi.restoreAllMocks();
    expect(((await db.get('kv', 'settings')) as typeof s).user.name).toBe('first');
  });

  it('rolls back every write when the callback throws', async () => {
    const db = await freshDb();
    await expect(
      write(db, ['kv'], async (tx) => {
        await tx.objectStore('kv').put(1, 'a');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.get('kv', 'a')).toBeUndefined();
  });

  it('broadcasts committed writes, not failed ones', async () => {
    const db = await freshDb();
    const seen: StoreChange[][] = [];
    const ac = new AbortController();
    onStoreChange((c) => seen.push(c), ac.signal);
    const { contact } = await upsertFromCapture(db, profile('bc'), 1);
    await write(db, ['kv'], async () => {
      throw new Error('no');
    }).catch(() => undefined);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    const stores = Object.fromEntries(seen[0]!.map((c) => [c.store, c.ids]));
    expect(stores.contacts).toEqual([contact.id]);
    expect(Object.keys(stores).sort()).toEqual(['activity', 'captures', 'contacts']);
    ac.abort();
    await upsertFromCapture(db, profile('bc2'), 2);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(1);
  });
});
