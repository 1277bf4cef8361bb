// The interview being held, edited locally and saved as you type: each change is shown at
// once and written to the store after a short pause (debounced), and at once when the window
// is hidden or closed, so notes survive closing the window or the browser.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Interview } from '../domain/contact.ts';
import { ConflictError, failureMessage, onStoreChange, readFailureMessage } from '../store/index.ts';
import { getInterview, type InterviewPatch, updateInterview } from '../store/meetings.ts';

export const SAVE_DELAY_MS = 400;
export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export function useInterview(id: string | null) {
  /** The store has answered: writes may start. */
  const [ready, setReady] = useState(false);
  const [interview, setInterview] = useState<Interview | null | undefined>(undefined);
  const [save, setSave] = useState<SaveState>('saved');
  const [error, setError] = useState('');
  const pending = useRef<InterviewPatch>({});
  const stored = useRef<Interview | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const chain = useRef<Promise<void>>(Promise.resolve());

  const write = useCallback(async (): Promise<void> => {
    const base = stored.current;
    const patch = pending.current;
    if (!ready || !base || !Object.keys(patch).length) return;
    pending.current = {};
    setSave('saving');
    try {
      stored.current = await updateInterview(base.id, patch, base.rev, Date.now());
    } catch (e) {
      if (!(e instanceof ConflictError)) {
        pending.current = { ...patch, ...pending.current };
        setSave('error');
        setError(failureMessage(e));
        return;
      }
      // Saved elsewhere meanwhile (the dashboard, another window): our typing wins for the fields we changed.
      const fresh = (await getInterview(base.id)) ?? base;
      stored.current = await updateInterview(base.id, { ...patch, ...pending.current }, fresh.rev, Date.now());
      pending.current = {};
    }
    setSave(Object.keys(pending.current).length ? 'pending' : 'saved');
  }, [ready]);

  /** Writes what is pending, after any write already under way (one at a time, so revisions line up). */
  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(write, write);
    return chain.current;
  }, [write]);

  useEffect(() => {
    if (!id) return setInterview(null);
    const ac = new AbortController();
    (async () => {
      const found = (await getInterview(id)) ?? null;
      stored.current = found;
      setReady(true);
      setInterview(found);
      // Another page changed it (e.g. the dashboard): take the stored fields we are not editing.
      onStoreChange((changes) => {
        if (!changes.some((c) => c.store === 'interviews' && (c.ids === 'all' || c.ids.includes(id)))) return;
        void getInterview(id).then((fresh) => {
          if (!fresh || (stored.current && fresh.rev <= stored.current.rev)) return;
          stored.current = fresh;
          setInterview({ ...fresh, ...pending.current });
        });
      }, ac.signal);
    })().catch((e: unknown) => {
      setError(readFailureMessage('this meeting', e));
      setInterview(null);
    });
    return () => ac.abort();
  }, [id]);

  useEffect(() => {
    const now = () => void flush();
    const onHide = () => document.visibilityState === 'hidden' && now();
    addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);

  /** Shows the change now; writes it after a pause in typing (or now, with `immediately`). */
  const change = useCallback(
    (patch: InterviewPatch, immediately = false) => {
      pending.current = { ...pending.current, ...patch };
      setInterview((cur) => (cur ? { ...cur, ...patch } : cur));
      setSave('pending');
      clearTimeout(timer.current);
      if (immediately) void flush();
      else timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS) as unknown as number;
    },
    [flush],
  );

  return { ready, interview, save, error, change, flush };
}
