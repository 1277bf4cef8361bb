import browser from '../lib/browser.ts';

export const MENU_SAVE_CONTACT = 'save-contact';

export async function registerMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE_CONTACT, title: 'Save contact', contexts: ['page', 'link'] });
}
