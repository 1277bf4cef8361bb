// "Import contacts": choose a file → preview (nothing written) → import in one transaction →
// summary. A file that cannot be read says why, and nothing is written.
import { useState } from 'preact/hooks';
import browser from '../lib/browser.ts';
import { dashboardPath } from '../lib/page-urls.ts';
import { commitImport, type ImportPreview, type ImportReport, previewImport } from '../store/transfer.ts';
import { FilePicker } from '../ui/FilePicker.tsx';
import { ArchiveFiles } from './ArchiveFiles.tsx';
import { ImportPreviewView } from './ImportPreviewView.tsx';
import { KIND_NAMES, reportSentence } from './import-summary.ts';

type State =
  | { s: 'idle' }
  | { s: 'busy'; what: string }
  | { s: 'preview'; preview: ImportPreview; file: string }
  | { s: 'done'; report: ImportReport }
  | { s: 'error'; message: string };

const errText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function ImportContacts({ beforeWrite }: { beforeWrite(): Promise<void> }) {
  const [state, setState] = useState<State>({ s: 'idle' });

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // the same file chosen again (after fixing it) is read again
    if (!file) return;
    setState({ s: 'busy', what: `Reading ${file.name}…` });
    try {
      const preview = await previewImport(await file.arrayBuffer());
      setState({ s: 'preview', preview, file: file.name });
    } catch (e) {
      setState({ s: 'error', message: `${file.name}: ${errText(e)}` });
    }
  }

  async function run(preview: ImportPreview) {
    setState({ s: 'busy', what: 'Importing…' });
    try {
      await beforeWrite(); // a backup restores settings too: save what was just typed first
      setState({ s: 'done', report: await commitImport(preview, Date.now()) });
    } catch (e) {
      setState({ s: 'error', message: `The import stopped and nothing was written: ${errText(e)}` });
    }
  }

  return (
    <div class="stack">
      <FilePicker
        id="import-contacts"
        label="Import contacts"
        hint="LinkedIn’s data export as downloaded (.zip) or its Connections.csv, a contacts CSV, a vCard file (.vcf) or a Coffee Chat backup (.json). You see what would change before anything is written; people already saved are updated, never duplicated."
        accept=".zip,.csv,.json,.vcf"
        disabled={state.s === 'busy'}
        onFiles={(input) => void choose(input)}
      />
      {state.s === 'busy' && (
        <p role="status">
          <span class="spinner" aria-hidden="true" /> {state.what}
        </p>
      )}
      {state.s === 'error' && (
        <p class="notice notice-error" role="alert" data-testid="import-error">
          {state.message} Nothing was imported.
        </p>
      )}
      {state.s === 'preview' && state.preview.kind === 'linkedin-profile' && (
        <div class="notice notice-warn stack" role="status">
          <p>
            {state.file} is part of {KIND_NAMES['linkedin-profile']}, not a list of contacts. To use it, choose it under{' '}
            <a href="#about">About you → Fill from my LinkedIn export</a>.
          </p>
          {state.preview.files && <ArchiveFiles files={state.preview.files} />}
        </div>
      )}
      {state.s === 'preview' && state.preview.kind !== 'linkedin-profile' && (
        <ImportPreviewView
          preview={state.preview}
          file={state.file}
          onImport={() => void run(state.preview)}
          onCancel={() => setState({ s: 'idle' })}
        />
      )}
      {state.s === 'done' && (
        <div class="notice notice-ok stack" role="status" data-testid="import-result">
          <p>
            <strong>{reportSentence(state.report)}</strong>
          </p>
          {state.report.skipped.length > 0 && (
            <details>
              <summary>
                Why {state.report.skipped.length === 1 ? 'one row was' : `${state.report.skipped.length} rows were`}{' '}
                skipped
              </summary>
              <ul class="small">
                {state.report.skipped.slice(0, 50).map((k) => (
                  <li key={k.row}>
                    Row {k.row}: {k.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <p>
            <a href={browser.runtime.getURL(dashboardPath())}>Open your contacts</a>
          </p>
        </div>
      )}
    </div>
  );
}
