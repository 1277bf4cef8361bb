import { useState } from 'preact/hooks';
import { skeletonOfTab } from '../extension/skeleton-tab.ts';
import { dateStamp, downloadText } from '../ui/download.ts';
import { targetTabId } from './target-tab.ts';

type State =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'ready'; skeleton: string; note: string }
  | { status: 'failed'; message: string };

/** What the preview shows: enough to check that no one's data is in it. */
const PREVIEW = 4000;

/**
 * "Capture looks wrong?": builds the page skeleton (structure only, every text replaced) in the
 * tab, only on this click, and offers to copy or download it for a bug report. Nothing is sent.
 */
export function ReportCapture() {
  const [state, setState] = useState<State>({ status: 'idle' });
  const make = async () => {
    setState({ status: 'working' });
    try {
      const tabId = await targetTabId(location.search);
      if (tabId === null) throw new Error('There is no tab to read.');
      setState({ status: 'ready', skeleton: await skeletonOfTab(tabId), note: '' });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  if (state.status === 'idle' || state.status === 'working')
    return (
      <section class="report-capture" aria-label="Report a capture problem">
        <button type="button" class="btn-link small" onClick={make} disabled={state.status === 'working'}>
          {state.status === 'working' ? 'Making a page skeleton…' : 'Capture looks wrong?'}
        </button>
      </section>
    );
  if (state.status === 'failed')
    return (
      <section class="report-capture stack" aria-label="Report a capture problem">
        <p class="notice notice-error" role="alert">
          No skeleton: {state.message}
        </p>
        <button type="button" class="btn" onClick={make}>
          Try again
        </button>
      </section>
    );
  const { skeleton, note } = state;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(skeleton);
      setState({ ...state, note: 'Copied to the clipboard.' });
    } catch {
      setState({ ...state, note: 'Copying was refused: download the file instead.' });
    }
  };
  const download = () => {
    downloadText(`coffee-chat-skeleton-${dateStamp(Date.now())}.html`, skeleton, 'text/html');
    setState({ ...state, note: 'Saved to your downloads.' });
  };
  return (
    <section class="report-capture stack" aria-label="Report a capture problem">
      <h2 class="small">Page skeleton for a bug report</h2>
      <p class="small muted">
        The page's structure with every text, link, number and email replaced. Check it, then attach it to your report
        (README: "Report a capture problem"). Nothing is sent from here.
      </p>
      <textarea
        class="skeleton-preview"
        readOnly
        rows={6}
        aria-label="Page skeleton (start)"
        value={skeleton.length > PREVIEW ? `${skeleton.slice(0, PREVIEW)}\n…` : skeleton}
      />
      <div class="row">
        <button type="button" class="btn btn-primary" onClick={copy}>
          Copy skeleton
        </button>
        <button type="button" class="btn" onClick={download}>
          Download .html
        </button>
        <span class="small muted">{Math.ceil(skeleton.length / 1024)} KB</span>
      </div>
      <p class="small" role="status">
        {note}
      </p>
    </section>
  );
}
