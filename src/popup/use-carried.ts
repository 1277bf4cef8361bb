// The questions carried forward from earlier chats, ranked for the person on screen, each with
// where it came from. Re-read when any page changes them (a meeting ticks one as asked). A failed
// read is said (`error`), not shown as "no questions carried".
import { useEffect, useState } from 'preact/hooks';
import { type CarryReason, type CarryTarget, originLabel, rankCarried } from '../domain/carried-rank.ts';
import { displayValue } from '../domain/contact.ts';
import type { CarriedQuestion } from '../domain/learning.ts';
import { getContact, onStoreChange, readFailureMessage } from '../store/index.ts';
import { openCarried } from '../store/meetings.ts';

export interface CarriedIdea {
  question: CarriedQuestion;
  reason: CarryReason;
  origin: string;
}

export interface Carried {
  /** null until first read */
  ideas: CarriedIdea[] | null;
  error: string | null;
}

export function useCarried(target: CarryTarget): Carried {
  const [ideas, setIdeas] = useState<CarriedIdea[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { contactId, organisation, field } = target;
  useEffect(() => {
    const ac = new AbortController();
    const load = async () => {
      const ranked = rankCarried(await openCarried(), target);
      const names = new Map<string, string | null>();
      for (const { question } of ranked) {
        if (names.has(question.contactId)) continue;
        const c = await getContact(question.contactId);
        names.set(question.contactId, c ? displayValue(c, 'name') : null);
      }
      if (ac.signal.aborted) return;
      setIdeas(
        ranked.map((r) => ({ ...r, origin: originLabel(names.get(r.question.contactId) ?? null, r.question.at) })),
      );
      setError(null);
    };
    const reload = () =>
      load().catch(
        (e: unknown) => ac.signal.aborted || setError(readFailureMessage('the questions from your earlier chats', e)),
      );
    reload();
    onStoreChange((ch) => {
      if (ch.some((c) => c.store === 'carried')) reload();
    }, ac.signal);
    return () => ac.abort();
  }, [contactId, organisation, field]);
  return { ideas, error };
}
