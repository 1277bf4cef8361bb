import { useState } from 'preact/hooks';
import browser from '../lib/browser.ts';
import { ManualAdd } from './ManualAdd.tsx';
import { NotProfile } from './NotProfile.tsx';
import { openDashboard } from './open-dashboard.ts';
import { PersonView } from './PersonView.tsx';
import { ReportCapture } from './ReportCapture.tsx';
import { type PopupState, usePopupState } from './use-popup-state.ts';

export function App({ first }: { first: Promise<PopupState> }) {
  const popup = usePopupState(first);
  const { state } = popup;
  const [contactId, setContactId] = useState<string | null>(null);
  const savedId = state.status === 'profile' ? (state.saved?.id ?? null) : contactId;
  return (
    <main class="popup" aria-busy={state.status === 'loading'}>
      <header class="spread">
        <h1>Coffee Chat</h1>
        <nav class="row" aria-label="Coffee Chat pages">
          <button type="button" class="btn-link small" onClick={() => openDashboard(savedId)}>
            Dashboard
          </button>
          <button type="button" class="btn-link small" onClick={() => void browser.runtime.openOptionsPage()}>
            Settings
          </button>
        </nav>
      </header>
      {state.status === 'loading' && (
        <div class="loading" role="status">
          <span class="spinner" aria-hidden="true" /> Reading this page…
        </div>
      )}
      {state.status === 'failed' && (
        <div class="stack">
          <p class="notice notice-error" role="alert">
            {state.message}
          </p>
          <ManualAdd pageUrl={state.pageUrl} open />
        </div>
      )}
      {state.status === 'not-profile' && (
        <NotProfile result={state.result} pageUrl={state.pageUrl} savedUrls={state.savedUrls} />
      )}
      {state.status === 'profile' && <PersonView person={state} actions={popup} onSaved={setContactId} />}
      {(state.status === 'profile' || state.status === 'not-profile') && <ReportCapture />}
    </main>
  );
}
