import type { Contact } from '../domain/contact.ts';
import { monthOf, withChecks } from '../domain/self-check.ts';
import { captureTab } from '../extension/capture-tab.ts';
import { isProfileLink } from '../lib/profile-link.ts';
import { saveFromLink, savePerson } from '../store/index.ts';
import { confirmSaved, reportFailure } from './confirm.ts';
import { readLinkText } from './read-link-text.ts';

export type MenuSaveResult =
  | { ok: true; contact: Contact; created: boolean; from: 'page' | 'link' }
  | { ok: false; message: string };

/**
 * Right-click "Save contact". On a link to a profile: the link's text and URL, stage
 * "to-research". On a page: a full capture of that page. Saving a known person updates them.
 */
export async function saveContactFromMenu(
  target: { linkUrl: string | null; frameId: number },
  tabId: number,
  now: number,
): Promise<MenuSaveResult> {
  const result = await saveOnce(target, tabId, now).catch(
    (error: unknown): MenuSaveResult => ({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
  if (result.ok) await confirmSaved(result.contact, result.created, tabId);
  else await reportFailure(result.message);
  return result;
}

async function saveOnce(
  target: { linkUrl: string | null; frameId: number },
  tabId: number,
  now: number,
): Promise<MenuSaveResult> {
  if (target.linkUrl) {
    if (!isProfileLink(target.linkUrl)) return { ok: false, message: 'That link does not lead to a profile.' };
    const name = await readLinkText(tabId, target.frameId, target.linkUrl);
    const { contact, created } = await saveFromLink({ name: name ?? '', url: target.linkUrl }, now);
    return { ok: true, contact, created, from: 'link' };
  }
  const captured = await captureTab(tabId);
  if (captured.kind !== 'profile') return { ok: false, message: captured.message };
  // Saved from the menu without the popup: the flags are stored, and shown when the contact is opened.
  const { contact, created } = await savePerson(withChecks(captured.profile, monthOf(now)), {}, now);
  return { ok: true, contact, created, from: 'page' };
}
