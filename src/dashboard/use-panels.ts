// The dashboard's panels (panels.tsx) are fetched with import() after the list's first paint.
import { useEffect, useState } from 'preact/hooks';
import { afterPaint } from './after-paint.ts';

export type Panels = typeof import('./panels.tsx');

let loading: Promise<Panels> | null = null;

function loadPanels(): Promise<Panels> {
  loading ??= import('./panels.tsx');
  // A failed fetch (say, the extension was updated under an open page) may be tried again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

export interface PanelsState {
  panels: Panels | null;
  error: string | null;
}

/**
 * The panels module once loaded. `when`: 'after-paint' fetches it once the frame being drawn
 * (the first rows) is painted, 'now' at once (what is asked for is a panel), 'not-yet' waits.
 */
export function usePanels(when: 'now' | 'after-paint' | 'not-yet'): PanelsState {
  const [state, setState] = useState<PanelsState>({ panels: null, error: null });
  useEffect(() => {
    if (when === 'not-yet' || state.panels) return;
    let live = true;
    (when === 'now' ? Promise.resolve() : afterPaint()).then(loadPanels).then(
      (panels) => live && setState({ panels, error: null }),
      (e: unknown) => live && setState({ panels: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [when, state.panels]);
  return state;
}
