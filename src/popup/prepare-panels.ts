import { useEffect, useState } from 'preact/hooks';

type PanelsModule = typeof import('./PreparePanels.tsx');

let loading: Promise<PanelsModule> | null = null;
let loaded: PanelsModule | null = null;

/**
 * Loads the Questions, Message and Note tabs (drafting and all it needs), once. PersonView asks
 * for them after the person card's first paint: loaded earlier, they compete with reading the
 * page and drawing the card for the CPU (measured on a busy two-core machine).
 */
export function loadPreparePanels(): Promise<PanelsModule> {
  loading ??= import('./PreparePanels.tsx').then((m) => (loaded = m));
  return loading;
}

/** The panels' module once loaded (null until then), or the error that stopped it loading. */
export function usePreparePanels(): { panels: PanelsModule | null; error: string | null } {
  const [panels, setPanels] = useState<PanelsModule | null>(loaded);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (panels) return;
    let live = true;
    loadPreparePanels().then(
      (m) => live && setPanels(m),
      (e: unknown) =>
        live && setError(`This part of Coffee Chat could not be loaded: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      live = false;
    };
  }, [panels]);
  return { panels, error };
}
