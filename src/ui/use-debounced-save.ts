import { useEffect, useRef } from 'preact/hooks';

/**
 * Saves `value` shortly after it stops changing, and at once when the page is hidden or
 * closed (a popup closes the moment focus leaves it), so nothing typed is lost.
 */
export function useDebouncedSave<T>(value: T, save: (v: T) => Promise<void> | void, delay = 300, enabled = true): void {
  const latest = useRef({ value, save, dirty: false });
  const first = useRef(true);
  latest.current.value = value;
  latest.current.save = save;

  useEffect(() => {
    if (!enabled) return;
    if (first.current) {
      first.current = false;
      return;
    }
    latest.current.dirty = true;
    const timer = setTimeout(() => flush(latest.current), delay);
    return () => clearTimeout(timer);
  }, [value, enabled, delay]);

  useEffect(() => {
    const onHide = () => flush(latest.current);
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush(latest.current);
    };
  }, []);
}

function flush<T>(state: { value: T; save: (v: T) => Promise<void> | void; dirty: boolean }): void {
  if (!state.dirty) return;
  state.dirty = false;
  void state.save(state.value);
}
