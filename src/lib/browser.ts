// The one place the WebExtension API is imported, so pages and the worker share the
// promise-based `browser.*` namespace in Chrome and Firefox alike.
import browser from 'webextension-polyfill';

export default browser;
export type { Menus, Runtime, Tabs } from 'webextension-polyfill';
