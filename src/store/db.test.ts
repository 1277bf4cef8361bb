import { deleteDB, openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { closeDb, DB_VERSION, openDb } from './db.ts';
import { OutdatedPageError } from './errors.ts';
import { STORE_NAMES } from './schema.ts';

describe('openDb', () => {
  it('creates every store and the unique profile URL index', async () => {
    const db = await openDb('db-test-stores');
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
    expect(db.version).toBe(DB_VERSION);
    const tx = db.transaction('contacts');
    expect(tx.store.index('profileUrl').unique).toBe(true);
    expect([...tx.store.indexNames].sort()).toEqual(['email', 'introducedBy', 'profileUrl', 'referredBy', 'updatedAt']);
  });

  it('shares one connection and reopens after another context deletes the database', async () => {
    const name = 'db-test-reopen';
    const a = await openDb(name);
    expect(await openDb(name)).toBe(a);
    await a.put('kv', 1, 'k');
    // deleteDB fires versionchange on our connection; it must close instead of blocking.
    let blocked = false;
    await deleteDB(name, {
      blocked: () => {
        blocked = true;
      },
    });
    expect(blocked).toBe(false);
    const b = await openDb(name);
    expect(b).not.toBe(a);
    expect(await b.get('kv', 'k')).toBeUndefined();
    await b.put('kv', 2, 'k');
    expect(await b.get('kv', 'k')).toBe(2);
  });

  it('steps aside for a newer version opened elsewhere', async () => {
    const name = 'db-test-upgrade';
    await openDb(name);
    const newer = await openDB(name, DB_VERSION + 1, {
      blocked: () => {
        throw new Error('blocked');
      },
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    await closeDb(name);
    // This page's code is now older than the database: a clear "reload" error, not a VersionError.
    await expect(openDb(name)).rejects.toBeInstanceOf(OutdatedPageError);
  });

  it('asks for persistent storage once, and never throws where there is none', async () => {
    const g = globalThis as { navigator?: unknown };
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    const persist = vi.fn(async () => true);
    Object.defineProperty(globalThis, 'navigator', {
      value: { storage: { persisted: async () => false, persist } },
      configurable: true,
    });
    try {
      vi.resetModules();
      const fresh = await import('./persist.ts');
      expect(await fresh.requestPersistence()).toBe(true);
      expect(await fresh.requestPersistence()).toBe(true);
      expect(persist).toHaveBeenCalledTimes(1);
      Object.defineProperty(globalThis, 'navigator', {
        value: {
          storage: {
            persist: async () => {
              throw new Error('denied');
            },
          },
        },
        configurable: true,
      });
      vi.resetModules();
      expect(await (await import('./persist.ts')).requestPersistence()).toBe(false);
    } finally {
      if (saved) Object.defineProperty(globalThis, 'navigator', saved);
      else delete g.navigator;
    }
  });
});
