// "Fill from my LinkedIn export": the user's own Profile/Positions/Education/Skills.csv,
// read by the store's importer, previewed, then applied in one write.

import { useState } from 'preact/hooks';
import type { UserProfile } from '../domain/settings.ts';
import { commitImport, type ImportPreview, previewImport } from '../store/transfer.ts';
import { FilePicker } from '../ui/FilePicker.tsx';
import { ArchiveFiles } from './ArchiveFiles.tsx';
import { type FillLine, fillPlan } from './own-export.ts';
import { labelOf } from './user-fields.ts';

type State =
  | { s: 'idle' }
  | { s: 'busy'; what: string }
  | { s: 'preview'; preview: ImportPreview; lines: FillLine[]; files: string[] }
  | { s: 'done'; filled: (keyof UserProfile)[] }
  | { s: 'error'; message: string };

interface Props {
  user: UserProfile;
  flush(): Promise<void>;
  reload(): Promise<void>;
}

const fillLabel = (n: number) => `Fill ${n} ${n === 1 ? 'field' : 'fields'}`;
const errText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function OwnExportImport({ user, flush, reload }: Props) {
  const [state, setState] = useState<State>({ s: 'idle' });

  async function choose(input: HTMLInputElement) {
    const files = [...(input.files ?? [])];
    input.value = ''; // choosing the same files again should read them again
    if (!files.length) return;
    setState({ s: 'busy', what: 'Reading your files…' });
    try {
      const buffers = await Promise.all(files.map((f) => f.arrayBuffer()));
      const preview = await previewImport(buffers, { kind: 'linkedin-profile' });
      setState({
        s: 'preview',
        preview,
        lines: fillPlan(preview.profile ?? {}, user),
        files: files.map((f) => f.name),
      });
    } catch (e) {
      setState({ s: 'error', message: `${errText(e)} Nothing was changed.` });
    }
  }

  async function apply(preview: ImportPreview) {
    setState({ s: 'busy', what: 'Filling in…' });
    try {
      await flush(); // what the user just typed first, so the import sees (and keeps) it
      const report = await commitImport(preview, Date.now());
      await reload();
      setState({ s: 'done', filled: report.profileFields ?? [] });
    } catch (e) {
      setState({ s: 'error', message: `Could not fill in your details: ${errText(e)} Nothing was changed.` });
    }
  }

  return (
    <div class="subpanel stack">
      <FilePicker
        id="own-export"
        label="Fill from my LinkedIn export"
        hint="In LinkedIn, Settings → Data privacy → Get a copy of your data. Choose the ZIP as downloaded, or any of Profile.csv, Positions.csv, Education.csv and Skills.csv from it. Only empty fields are filled."
        accept=".zip,.csv,text/csv"
        multiple
        onFiles={(input) => void choose(input)}
      />
      {state.s === 'busy' && (
        <p role="status">
          <span class="spinner" aria-hidden="true" /> {state.what}
        </p>
      )}
      {state.s === 'error' && (
        <p class="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      {state.s === 'done' && (
        <p class="notice notice-ok" role="status">
          {state.filled.length
            ? `Filled: ${state.filled.map(labelOf).join(', ')}.`
            : 'Nothing to fill: every field already had your own text.'}
        </p>
      )}
      {state.s === 'preview' && (
        <section class="preview stack" aria-labelledby="own-export-preview">
          <h3 id="own-export-preview">From {state.files.join(', ')}</h3>
          {state.preview.files && <ArchiveFiles files={state.preview.files} />}
          {state.lines.length === 0 ? (
            <p class="muted">These files hold nothing Coffee Chat can use for About you.</p>
          ) : (
            <dl class="fill-list">
              {state.lines.map((l) => (
                <div key={l.key}>
                  <dt>
                    {labelOf(l.key)} <span class="badge">{l.fills ? 'will fill' : 'kept: you wrote one'}</span>
                  </dt>
                  <dd class={l.fills ? '' : 'kept-value'}>{l.value}</dd>
                </div>
              ))}
            </dl>
          )}
          <div class="row">
            <button
              type="button"
              class="btn btn-primary"
              disabled={!state.lines.some((l) => l.fills)}
              onClick={() => void apply(state.preview)}
            >
              {fillLabel(state.lines.filter((l) => l.fills).length)}
            </button>
            <button type="button" class="btn" onClick={() => setState({ s: 'idle' })}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
