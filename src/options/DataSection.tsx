// Data: import, export, delete. The contact count keeps the export buttons honest and
// follows the store's change broadcast.
import { useEffect, useState } from 'preact/hooks';
import { countContacts, onStoreChange } from '../store/index.ts';
import { DeleteEverything } from './DeleteEverything.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { ImportContacts } from './ImportContacts.tsx';

function useContactCount(): number | null {
  const [n, setN] = useState<number | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    const read = () => countContacts().then(setN, () => setN(null));
    void read();
    onStoreChange((changes) => {
      if (changes.some((c) => c.store === 'contacts')) void read();
    }, ac.signal);
    return () => ac.abort();
  }, []);
  return n;
}

export function DataSection({ flush, discard }: { flush(): Promise<void>; discard(): void }) {
  const contacts = useContactCount();
  return (
    <div class="stack">
      <p class="muted" data-testid="contact-count">
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
