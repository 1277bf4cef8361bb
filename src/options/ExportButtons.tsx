// Export: the file is made here and saved through a download link; nothing goes online.
import { useState } from 'preact/hooks';
import { exportBackupBlob, exportContactsCsv, exportContactsVcard } from '../store/transfer.ts';
import { dateStamp, downloadBlob } from '../ui/download.ts';

interface Format {
  id: string;
  label: string;
  hint: string;
  file: (stamp: string) => string;
  type: string;
  needsContacts: boolean;
  /** The file's text, or a Blob already made (the backup, written in pieces). */
  make(): Promise<string | Blob>;
}

const FORMATS: Format[] = [
  {
    id: 'json',
    label: 'JSON backup',
    hint: 'Everything, settings included; can be restored with Import contacts.',
    file: (d) => `coffee-chat-backup-${d}.json`,
    type: 'application/json',
    needsContacts: false,
    make: async () => exportBackupBlob(Date.now()),
  },
  {
    id: 'csv',
    label: 'CSV',
    hint: 'Contacts, for a spreadsheet.',
    file: (d) => `coffee-chat-contacts-${d}.csv`,
    type: 'text/csv;charset=utf-8',
    needsContacts: true,
    make: async () => exportContactsCsv(),
  },
  {
    id: 'vcf',
    label: 'vCard',
    hint: 'Contacts, for an address book.',
    file: (d) => `coffee-chat-contacts-${d}.vcf`,
    type: 'text/vcard;charset=utf-8',
    needsContacts: true,
    make: async () => exportContactsVcard(),
  },
];

type Status = { s: 'idle' } | { s: 'busy'; id: string } | { s: 'done'; file: string } | { s: 'error'; message: string };

export function ExportButtons({ contacts }: { contacts: number | null }) {
  const [status, setStatus] = useState<Status>({ s: 'idle' });

  async function run(f: Format) {
    setStatus({ s: 'busy', id: f.id });
    try {
      const file = f.file(dateStamp(Date.now()));
      const made = await f.make();
      downloadBlob(file, typeof made === 'string' ? new Blob([made], { type: f.type }) : made);
      setStatus({ s: 'done', file });
    } catch (e) {
      setStatus({ s: 'error', message: `Could not export: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  return (
    <div class="stack">
      <ul class="export-list">
        {FORMATS.map((f) => {
          const empty = f.needsContacts && contacts === 0;
          return (
            <li key={f.id}>
              <button
                type="button"
                class="btn"
                onClick={() => void run(f)}
                aria-describedby={`export-${f.id}-hint`}
                disabled={status.s === 'busy' || empty}
              >
                {status.s === 'busy' && status.id === f.id ? 'Exporting…' : `Export ${f.label}`}
              </button>
              <span id={`export-${f.id}-hint`} class="small muted">
                {empty ? 'No contacts to export yet.' : f.hint}
              </span>
            </li>
          );
        })}
      </ul>
      {status.s === 'done' && (
        <p class="small muted" role="status">
          Saved {status.file} to your downloads.
        </p>
      )}
      {status.s === 'error' && (
        <p class="notice notice-error" role="alert">
          {status.message}
        </p>
      )}
    </div>
  );
}
