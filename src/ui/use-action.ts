// Running one user action from a control: whether it is running (to disable the control and
// show progress) and, when it failed, a message for the user (failureMessage), shown next to
// that control with <ActionError>. The caller clears what the user typed only when `run`
// reports success, so a failure keeps their input for another try.
import { useCallback, useState } from 'preact/hooks';
import { failureMessage } from '../store/index.ts';

export interface Action {
  /** Runs `action`; true when it succeeded. A failure is kept in `error`, never thrown. */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  running: boolean;
  /** What went wrong the last time, for the user; null after a success or `clear`. */
  error: string | null;
  clear: () => void;
}

export function useAction(): Action {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setRunning(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(failureMessage(e));
      return false;
    } finally {
      setRunning(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { run, running, error, clear };
}
