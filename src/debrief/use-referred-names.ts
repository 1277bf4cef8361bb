// The names suggested in one chat (its referrals), kept current as they are added. A failed
// read is said (`error`), not shown as "nobody suggested".
import { useEffect, useState } from 'preact/hooks';
import { displayValue } from '../domain/contact.ts';
import { getContact, onStoreChange, readFailureMessage } from '../store/index.ts';
import { referralsFrom } from '../store/meetings.ts';

export interface ReferredNames {
  names: string[];
  error: string | null;
}

export function useReferredNames(contactId: string | null, interviewId: string | null): ReferredNames {
  const [state, setState] = useState<ReferredNames>({ names: [], error: null });
  useEffect(() => {
    if (!contactId) return;
    const ac = new AbortController();
    const load = async () => {
      const refs = (await referralsFrom(contactId))
        .filter((r) => interviewId === null || r.interviewId === interviewId)
        .sort((a, b) => a.at - b.at);
      const people = await Promise.all(refs.map((r) => getContact(r.toContactId)));
      const names = people.flatMap((p) => (p ? [displayValue(p, 'name') ?? 'Unnamed'] : []));
      if (!ac.signal.aborted) setState({ names, error: null });
    };
    const reload = () =>
      load().catch(
        (e: unknown) =>
          ac.signal.aborted ||
          setState((s) => ({ ...s, error: readFailureMessage('the names suggested in this chat', e) })),
      );
    reload();
    onStoreChange((ch) => {
      if (ch.some((c) => c.store === 'referrals' || c.store === 'contacts')) reload();
    }, ac.signal);
    return () => ac.abort();
  }, [contactId, interviewId]);
  return state;
}
