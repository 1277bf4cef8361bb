// The store's door. Pages, their hooks and components, extension/ and the service worker import
// the store from here or from its other named entries, and nowhere else (scripts/check-boundaries.mjs
// enforces it): meetings.ts (interviews, referrals, reminders, carried questions, the journal),
// contact-list.ts (the dashboard's list and search) and transfer.ts (import and export).
// None of them holds the database: every read and write is a named function that opens the
// shared connection itself (connection.ts). Tests of pages point it at a database of their own
// with store/testing.ts. New repository functions: write them as `f(db, ...)` in their module
// and export them from an entry through `bound`. What a user does (save, mark as reached out,
// change a stage, schedule, end a meeting, add a referral) is one function of actions/, which
// commits in one transaction or not at all; pages show its failure with failureMessage. Four entries, not one, because the popup's
// first paint carries everything its entry imports (vite.config.ts): this one holds only what
// the popup's first paint and every page use.
import { changeStage as changeStageIn } from './actions/change-stage.ts';
import { markReachedOut as markReachedOutIn } from './actions/mark-reached-out.ts';
import { savePerson as savePersonIn } from './actions/save-person.ts';
import * as activity from './activity.ts';
import { appendNote as appendNoteTo } from './append-note.ts';
import { bound } from './connection.ts';
import * as contacts from './contacts.ts';
import * as drafts from './person-drafts.ts';
import * as reads from './reads.ts';
import * as settings from './settings.ts';

export type { ReachedOutPerson, SentHow } from './actions/mark-reached-out.ts';
export type { SaveInput } from './actions/save-person.ts';
export { onStoreChange, type StoreChange } from './changes.ts';
// Types and pure helpers: no database involved.
export type { CaptureOptions, ContactPatch, UpsertResult } from './contacts.ts';
export {
  ConflictError,
  failureMessage,
  NotFoundError,
  OutdatedPageError,
  readFailureMessage,
  StorageFullError,
} from './errors.ts';
export { type DraftVariant, emptyDraft, type PersonDraft } from './person-drafts.ts';
export { describeChanges } from './profile-merge.ts';
export { newContact } from './records.ts';
export { SETTINGS_KEY } from './settings.ts';

/** Opens the database ahead of the first read (the popup starts it while the page is being read). */
export const openStore = /* @__PURE__ */ bound(async () => undefined);

// Contacts
export const getContact = /* @__PURE__ */ bound(contacts.getContact);
export const getContactByProfileUrl = /* @__PURE__ */ bound(contacts.getContactByProfileUrl);
export const listContacts = /* @__PURE__ */ bound(contacts.listContacts);
export const countContacts = /* @__PURE__ */ bound(reads.countContacts);
export const recordReply = /* @__PURE__ */ bound(contacts.recordReply);
export const saveFromLink = /* @__PURE__ */ bound(contacts.saveFromLink);

// User actions: each one transaction (actions/)
export const savePerson = /* @__PURE__ */ bound(savePersonIn);
export const markReachedOut = /* @__PURE__ */ bound(markReachedOutIn);
export const changeStage = /* @__PURE__ */ bound(changeStageIn);
export const appendNote = /* @__PURE__ */ bound(appendNoteTo);
export const deleteContact = /* @__PURE__ */ bound(contacts.deleteContact);
export const deleteEverything = /* @__PURE__ */ bound(contacts.deleteEverything);

// Activity
export const addActivity = /* @__PURE__ */ bound(activity.addActivity);
export const listActivity = /* @__PURE__ */ bound(activity.listActivity);

// Drafts, settings
export const getPersonDraft = /* @__PURE__ */ bound(drafts.getPersonDraft);
export const savePersonDraft = /* @__PURE__ */ bound(drafts.savePersonDraft);
export const getSettings = /* @__PURE__ */ bound(settings.getSettings);
export const saveSettings = /* @__PURE__ */ bound(settings.saveSettings);
