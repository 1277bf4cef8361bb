// The names suggested in one chat (its referrals), kept current as they are added.
import { useEffect, useState } from 'preact/hooks';
import { displayValue } from '../domain/contact.ts';
import { getContact, onStoreChange } from '../store/index.ts';
import { referralsFrom } from '../store/meetings.ts';

export function useReferredNames(contactId: string | null, interviewId: string | null): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    if (!contactId) return;
    const ac = new AbortController();
    const load = async () => {
      const refs = (await referralsFrom(contactId))
        .filter((r) => interviewId === null || r.interviewId === interviewId)
        .sort((a, b) => a.at - b.at);
      const people = await Promise.all(refs.map((r) => getContact(r.toContactId)));
      if (!ac.signal.aborted) setNames(people.flatMap((p) => (p ? [displayValue(p, 'name') ?? 'Unnamed'] : [])));
    };
    void load();
    onStoreChange((ch) => ch.some((c) => c.store === 'referrals' || c.store === 'contacts') && void load(), ac.signal);
    return () => ac.abort();
  }, [contactId, interviewId]);
  return names;
}
