// The store's repository functions as they take a database: for store/'s own tests and the demo seed
// (scripts/lib/demo-journey.ts), which writes into a database of its choosing. Shipped pages and the
// service worker use the door, index.ts, instead.
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
