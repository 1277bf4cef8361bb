// TEST-ONLY: compiled into dist/firefox-smoke alone (see COFFEE_CHAT_SMOKE in vite.config.ts).
// Firefox over WebDriver BiDi can neither click the toolbar nor open extension pages, so the
// smoke test asks for a save by loading a profile URL with a marker; this runs the very code
// the right-click menu runs, reads the contact back from the store, and reports by navigating
// the tab to a result URL the test intercepts.
import { displayValue } from '../domain/contact.ts';
import browser from '../lib/browser.ts';
import { countContacts, getContactByProfileUrl } from '../store/index.ts';
import { saveContactFromMenu } from './save-contact.ts';
import { SMOKE_MARKER, SMOKE_RESULT_URL, type SmokeResult } from './smoke-protocol.ts';

export function installSmokeHook(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url?.endsWith(SMOKE_MARKER)) return;
    const pageUrl = tab.url.slice(0, -SMOKE_MARKER.length);
    void smokeSave(tabId, pageUrl)
      .catch((error: unknown): SmokeResult => ({ ok: false, saved: false, message: String(error) }))
      .then((result) =>
        browser.tabs.update(tabId, { url: `${SMOKE_RESULT_URL}?result=${encodeURIComponent(JSON.stringify(result))}` }),
      );
  });
}

async function smokeSave(tabId: number, pageUrl: string): Promise<SmokeResult> {
  const result = await saveContactFromMenu({ linkUrl: null, frameId: 0 }, tabId, Date.now());
  if (!result.ok) return { ok: false, saved: false, message: result.message };
  const stored = await getContactByProfileUrl(pageUrl);
  return {
    ok: true,
    created: result.created,
    from: result.from,
    saved: stored?.id === result.contact.id,
    name: stored ? displayValue(stored, 'name') : null,
    stage: stored?.stage,
    profileUrl: stored?.profileUrl,
    contacts: await countContacts(),
  };
}
