// What an import would do, before it does it: counts, the first rows, and why rows are skipped.
import type { ImportPreview } from '../store/transfer.ts';
import { ArchiveFiles } from './ArchiveFiles.tsx';
import { canImport, importButtonLabel, KIND_NAMES, previewCounts, sampleRows } from './import-summary.ts';

interface Props {
  preview: ImportPreview;
  file: string;
  onImport(): void;
  onCancel(): void;
}

const SKIPPED_SHOWN = 10;

export function ImportPreviewView({ preview: p, file, onImport, onCancel }: Props) {
  const rows = sampleRows(p);
  const nothing = !canImport(p);
  return (
    <section class="preview stack" aria-labelledby="import-preview-title" data-testid="import-preview">
      <h3 id="import-preview-title">
        {file}{' '}
        <span class="small muted">
          · {KIND_NAMES[p.kind]}, {p.rows} {p.rows === 1 ? 'record' : 'records'}
        </span>
      </h3>
      {p.files && <ArchiveFiles files={p.files} contacts />}
      <ul class="counts" aria-label="What would happen">
        {previewCounts(p).map((c) => (
          <li key={c.tone} class={`count count-${c.tone}`}>
            <strong>{c.n}</strong> {c.label}
          </li>
        ))}
      </ul>
      {p.kind === 'json-backup' && (
        <p class="notice notice-warn small">
          Restoring a backup also restores its notes, interviews, reminders
          {p.backup?.settings ? ' and your settings' : ''}. Contacts in the backup replace the copies here.
        </p>
      )}
      {rows.length > 0 && (
        <table class="small" aria-label="First rows of the file">
          <thead>
            <tr>
              <th scope="col" class="col-wide">
                Row
              </th>
              <th scope="col">Name</th>
              <th scope="col">Organisation</th>
              <th scope="col" class="col-wide">
                Title
              </th>
              <th scope="col">What happens</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ row, action }) => (
              <tr key={row.row}>
                <td class="col-wide">{row.row}</td>
                <td>{row.name ?? row.email ?? '—'}</td>
                <td>{row.company ?? ''}</td>
                <td class="col-wide">{row.title ?? ''}</td>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p.skipped.length > 0 && (
        <details>
          <summary>
            Why {p.skipped.length} {p.skipped.length === 1 ? 'row is' : 'rows are'} skipped
          </summary>
          <ul class="small">
            {p.skipped.slice(0, SKIPPED_SHOWN).map((k) => (
              <li key={`${k.row}-${k.reason}`}>
                Row {k.row}: {k.reason}
              </li>
            ))}
            {p.skipped.length > SKIPPED_SHOWN && <li>…and {p.skipped.length - SKIPPED_SHOWN} more</li>}
          </ul>
        </details>
      )}
      {nothing && <p class="muted">Nothing in this file would change your contacts.</p>}
      <div class="row">
        <button type="button" class="btn btn-primary" disabled={nothing} onClick={onImport}>
          {importButtonLabel(p)}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
