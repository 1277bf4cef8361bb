// The store's public surface, for pages that prefer one import. Modules may also be imported directly.
export * from './activity.ts';
export { CHANNEL_NAME, onStoreChange, type StoreChange } from './changes.ts';
export * from './contacts.ts';
export { closeDb, DB_NAME, DB_VERSION, deleteDatabase, openDb } from './db.ts';
export * from './errors.ts';
export * from './interviews.ts';
export * from './referrals.ts';
export * from './reminders.ts';
export type { CoffeeChatDB, DB, StoreName } from './schema.ts';
export { type CompanyHit, ContactSearch, type SearchHit } from './search.ts';
export { getSettings, saveSettings } from './settings.ts';
