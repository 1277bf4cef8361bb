// The service worker: wiring only. Every behaviour lives in a module it calls.

import { CAPTURE_FILES } from '../extension/capture-tab.ts';
import { refreshBadge, syncReminderAlarms } from '../extension/reminder-alarms.ts';
import browser from '../lib/browser.ts';
import { onStoreChange } from '../store/index.ts';
import { MENU_SAVE_CONTACT, registerMenus } from './menus.ts';
import { fireReminderAlarm, openReminderNotification, rebuildReminders } from './reminders.ts';
import { saveContactFromMenu } from './save-contact.ts';
import { installSmokeHook } from './smoke-hook.ts';

// Menus persist across worker restarts; creating them on install and startup keeps them
// current after an update without duplicating (removeAll first).
browser.runtime.onInstalled.addListener(() => void registerMenus());
browser.runtime.onStartup.addListener(() => void registerMenus());

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_SAVE_CONTACT && tab?.id !== undefined) {
    void saveContactFromMenu({ linkUrl: info.linkUrl ?? null, frameId: info.frameId ?? 0 }, tab.id, Date.now());
  }
});

// Reminders: alarms are rebuilt from the store whenever the browser starts or the extension
// is installed or updated, so none is lost; writes from any page keep them (and the badge) current.
browser.runtime.onInstalled.addListener(() => void rebuildReminders());
browser.runtime.onStartup.addListener(() => void rebuildReminders());
browser.alarms.onAlarm.addListener((alarm) => void fireReminderAlarm(alarm.name));
browser.notifications.onClicked.addListener((id) => void openReminderNotification(id));
onStoreChange((changes) => {
  if (changes.some((c) => c.store === 'reminders')) void syncReminderAlarms();
}, new AbortController().signal);

// Test-only (dist/firefox-smoke): `false` in shipped builds, so the hook is tree-shaken away
// (tests/e2e/no-smoke-hook.test.ts checks). Registered synchronously so it can wake the event page.
if (import.meta.env.COFFEE_CHAT_SMOKE === true) installSmokeHook();

// Lets end-to-end tests call the menu's own handler after a real toolbar grant
// (a context-menu click cannot be simulated). Not reachable from web pages.
Object.assign(globalThis, {
  coffeeChat: {
    saveContactFromMenu,
    registerMenus,
    captureFiles: CAPTURE_FILES,
    fireReminderAlarm,
    openReminderNotification,
    rebuildReminders,
    syncReminderAlarms,
    refreshBadge,
  },
});
