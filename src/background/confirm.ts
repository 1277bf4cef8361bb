import { type Contact, displayValue } from '../domain/contact.ts';
import browser from '../lib/browser.ts';

const ICON = 'icons/icon-128.png';

/** A notification and a check mark on the tab's badge, so a right-click save is never silent. */
export async function confirmSaved(contact: Contact, created: boolean, tabId: number): Promise<void> {
  const name = displayValue(contact, 'name') ?? 'Contact';
  await browser.notifications.create(`saved-${contact.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: created ? 'Contact saved' : 'Contact updated',
    message: created ? `${name} is in your contacts.` : `${name} was already saved; their details are updated.`,
  });
  await browser.action.setBadgeBackgroundColor({ color: '#1d6b3a', tabId });
  await browser.action.setBadgeText({ text: '✓', tabId });
}

export async function reportFailure(message: string): Promise<void> {
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: 'Coffee Chat could not save this',
    message,
  });
}
