import { useEffect, useRef } from 'preact/hooks';

interface Pending<T> {
  value: T;
  save: (v: T) => Promise<void> | void;
  dirty: boolean;
  /** The value has been seen with saving enabled: later changes are edits. */
  armed: boolean;
}

/**
 * Saves `value` shortly after it stops changing, and at once when the page is hidden or
 * closed (a popup closes the moment focus leaves it), so nothing typed is lost.
 *
 * A change is marked unsaved while rendering, not in an effect: Preact runs effects after the
 * next frame, and a popup closed within that frame would otherwise find nothing to flush.
 */
export function useDebouncedSave<T>(value: T, save: (v: T) => Promise<void> | void, delay = 300, enabled = true): void {
  const latest = useRef<Pending<T>>({ value, save, dirty: false, armed: false });
  const state = latest.current;
  if (enabled && state.armed && !Object.is(value, state.value)) state.dirty = true;
  if (enabled) state.armed = true;
  state.value = value;
  state.save = save;

  useEffect(() => {
    if (!latest.current.dirty) return;
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

function flush<T>(state: Pending<T>): void {
  if (!state.dirty) return;
  state.dirty = false;
  void state.save(state.value);
}
