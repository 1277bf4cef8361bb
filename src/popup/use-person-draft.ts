import { useEffect, useState } from 'preact/hooks';
import { emptyDraft, getPersonDraft, type PersonDraft, savePersonDraft } from '../store/index.ts';
import { useDebouncedSave } from '../ui/use-debounced-save.ts';

/** The popup's work on one person, loaded from and saved to the store as the user types. */
export function usePersonDraft(url: string | null) {
  const [draft, setDraft] = useState<PersonDraft>(emptyDraft);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!url) return;
    let live = true;
    getPersonDraft(url)
      .then((d) => {
        if (!live) return;
        setDraft(d);
        setLoaded(true);
      })
      .catch((e: unknown) => live && setError(`Your notes for this person could not be loaded: ${String(e)}`));
    return () => {
      live = false;
    };
  }, [url]);

  useDebouncedSave(
    draft,
    async (d) => {
      if (!url) return;
      try {
        await savePersonDraft(url, { ...d, updatedAt: Date.now() });
        setError(null);
      } catch (e) {
        setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    300,
    loaded,
  );

  const update = (patch: Partial<PersonDraft>) => setDraft((d) => ({ ...d, ...patch }));
  return { draft, update, loaded, error };
}
