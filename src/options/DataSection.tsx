// Data: import, export, delete. The contact count keeps the export buttons honest and
// follows the store's change broadcast.
import { useEffect, useState } from 'preact/hooks';
import { countContacts, onStoreChange, readFailureMessage } from '../store/index.ts';
import { DeleteEverything } from './DeleteEverything.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { ImportContacts } from './ImportContacts.tsx';

/** The count, or why it could not be read (never left at "Counting…"). */
function useContactCount(): { n: number | null; error: string | null } {
  const [n, setN] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    const read = () =>
      countContacts().then(
        (count) => {
          setN(count);
          setError(null);
        },
        (e: unknown) => {
          setN(null);
          setError(readFailureMessage('how many contacts you have', e));
        },
      );
    read();
    onStoreChange((changes) => {
      if (changes.some((c) => c.store === 'contacts')) read();
    }, ac.signal);
    return () => ac.abort();
  }, []);
  return { n, error };
}

export function DataSection({ flush, discard }: { flush(): Promise<void>; discard(): void }) {
  const { n: contacts, error } = useContactCount();
  return (
    <div class="stack">
      {error && (
        <p class="notice notice-error small" role="alert">
          {error}
        </p>
      )}
      <p class="muted" data-testid="contact-count" hidden={Boolean(error)}>
        {contacts === null
          ? 'Counting your contacts…'
          : contacts === 0
            ? 'No contacts saved yet.'
            : `${contacts} ${contacts === 1 ? 'contact' : 'contacts'} saved in this browser.`}
      </p>
      <ImportContacts beforeWrite={flush} />
      <hr />
      <h3>Export</h3>
      <ExportButtons contacts={contacts} />
      <hr />
      <h3>Delete</h3>
      <DeleteEverything beforeDelete={discard} />
    </div>
  );
}
