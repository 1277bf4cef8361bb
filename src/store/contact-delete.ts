// Deleting leaves no dangling references: a contact's own records go with it, and other
// contacts that point at it (referred/introduced by) are detached, in one transaction.
import type { Contact } from '../domain/contact.ts';
import { readContact, readContacts } from './contact-record.ts';
import type { DB } from './schema.ts';
import { STORE_NAMES } from './schema.ts';
import { write } from './write.ts';

// Their carried questions go too: they name the person as their origin.
const OWNED = ['captures', 'interviews', 'reminders', 'activity', 'carried'] as const;

export async function deleteContact(db: DB, id: string, now: number): Promise<boolean> {
  return write(
    db,
    ['contacts', 'captures', 'interviews', 'referrals', 'reminders', 'activity', 'carried', 'kv'],
    async (tx, log) => {
      const contacts = tx.objectStore('contacts');
      const contact = readContact(await contacts.get(id));
      if (!contact) return false;
      if (contact.profileUrl) {
        // The popup's unsaved work for this person (person-drafts.ts keys it by profile URL).
        const key = `draft:${contact.profileUrl}`;
        await tx.objectStore('kv').delete(key);
        log.add('kv', key);
      }
      for (const store of OWNED) {
        const keys = await tx.objectStore(store).index('contactId').getAllKeys(id);
        for (const key of keys) {
          await tx.objectStore(store).delete(key);
          log.add(store, key);
        }
      }
      const referrals = tx.objectStore('referrals');
      const refKeys = [
        ...(await referrals.index('fromContactId').getAllKeys(id)),
        ...(await referrals.index('toContactId').getAllKeys(id)),
      ];
      for (const key of new Set(refKeys)) {
        await referrals.delete(key);
        log.add('referrals', key);
      }
      const pointing = readContacts([
        ...(await contacts.index('referredBy').getAll(id)),
        ...(await contacts.index('introducedBy').getAll(id)),
      ]);
      const detached = new Map<string, Contact>();
      for (const other of pointing) {
        if (other.id === id) continue;
        const base = detached.get(other.id) ?? { ...other, updatedAt: now, rev: other.rev + 1 };
        if (base.referredBy === id) base.referredBy = null;
        if (base.introducedBy === id) base.introducedBy = null;
        detached.set(other.id, base);
      }
      for (const c of detached.values()) {
        await contacts.put(c);
        log.add('contacts', c.id);
      }
      await contacts.delete(id);
      log.add('contacts', id);
      return true;
    },
  );
}

/** Empties every store, settings included. */
export async function deleteEverything(db: DB): Promise<void> {
  await write(db, STORE_NAMES, async (tx, log) => {
    for (const store of STORE_NAMES) {
      await tx.objectStore(store).clear();
      log.all(store);
    }
  });
}
