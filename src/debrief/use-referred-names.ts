// The names suggested in one chat (its referrals), kept current as they are added.
import { useEffect, useState } from 'preact/hooks';
import { displayValue } from '../domain/contact.ts';
import { onStoreChange } from '../store/changes.ts';
import { getContact } from '../store/contacts.ts';
import type { DB } from '../store/db.ts';
import { referralsFrom } from '../store/referrals.ts';

export function useReferredNames(db: DB | null, contactId: string | null, interviewId: string | null): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    if (!db || !contactId) return;
    const ac = new AbortController();
    const load = async () => {
      const refs = (await referralsFrom(db, contactId))
        .filter((r) => interviewId === null || r.interviewId === interviewId)
        .sort((a, b) => a.at - b.at);
      const people = await Promise.all(refs.map((r) => getContact(db, r.toContactId)));
      if (!ac.signal.aborted) setNames(people.flatMap((p) => (p ? [displayValue(p, 'name') ?? 'Unnamed'] : [])));
    };
    void load();
    onStoreChange((ch) => ch.some((c) => c.store === 'referrals' || c.store === 'contacts') && void load(), ac.signal);
    return () => ac.abort();
  }, [db, contactId, interviewId]);
  return names;
}
