// The store's one door. Pages, their hooks and components, extension/ and the service worker
// import the store from here and nowhere else (scripts/check-boundaries.mjs enforces it), and
// none of them holds the database: every read and write is a named function that opens the
// shared connection itself (connection.ts). Tests of pages point it at a database of their own
// with store/testing.ts. New repository functions: write them as `f(db, ...)` in their module
// and export them here through `bound`.
import * as activity from './activity.ts';
import { addReferredPerson as addReferredPersonTo } from './add-referred.ts';
import { appendNote as appendNoteTo } from './append-note.ts';
import * as carried from './carried.ts';
import { bound } from './connection.ts';
import { saveContactPatch as saveContactPatchTo } from './contact-merge.ts';
import * as slices from './contact-slices.ts';
import * as contacts from './contacts.ts';
import { endMeeting as endMeetingIn } from './end-meeting.ts';
import * as exports from './export/index.ts';
import * as imports from './import/index.ts';
import * as interviews from './interviews.ts';
import { loadJournal as loadJournalFrom } from './journal.ts';
import * as drafts from './person-drafts.ts';
import * as reads from './reads.ts';
import * as referrals from './referrals.ts';
import * as reminders from './reminders.ts';
import type { ContactSearch } from './search.ts';
import * as settings from './settings.ts';

export { onStoreChange, type StoreChange } from './changes.ts';
// Types and pure helpers: no database involved.
export type { CaptureOptions, ContactPatch, UpsertResult } from './contacts.ts';
export type { EndResult } from './end-meeting.ts';
export { ConflictError, NotFoundError, OutdatedPageError, StorageFullError } from './errors.ts';
export {
  type ArchiveFiles,
  ImportError,
  type ImportKind,
  type ImportPreview,
  type ImportReport,
  type ImportRow,
} from './import/index.ts';
export type { InterviewPatch, NewInterview } from './interviews.ts';
export type { JournalData } from './journal.ts';
export { type DraftVariant, emptyDraft, type PersonDraft } from './person-drafts.ts';
export { describeChanges } from './profile-merge.ts';
export { newContact } from './records.ts';
export type { NewReminder } from './reminders.ts';
export { type CompanyHit, ContactSearch, type SearchHit } from './search.ts';
export { SETTINGS_KEY } from './settings.ts';

/** Opens the database ahead of the first read (the popup starts it while the page is being read). */
export const openStore = bound(async () => undefined);

// Contacts
export const getContact = bound(contacts.getContact);
export const getContactByProfileUrl = bound(contacts.getContactByProfileUrl);
export const listContacts = bound(contacts.listContacts);
export const countContacts = bound(reads.countContacts);
export const updateContact = bound(contacts.updateContact);
export const setStage = bound(contacts.setStage);
export const recordReply = bound(contacts.recordReply);
export const upsertFromCapture = bound(contacts.upsertFromCapture);
export const saveFromLink = bound(contacts.saveFromLink);
export const saveContactPatch = bound(saveContactPatchTo);
export const appendNote = bound(appendNoteTo);
export const deleteEverything = bound(contacts.deleteEverything);

// The dashboard's list, read in slices (contact-slices.ts), and its search index kept current.
export const newestContacts = bound(slices.newestContacts);
export const readAllContacts = bound(slices.readAllContacts);
export const refreshSearch = bound((db, search: ContactSearch, changes: import('./changes.ts').StoreChange[]) =>
  slices.refreshIndex(search, db, changes),
);
/** Keeps `search` current with the store's writes until `signal` aborts (ContactSearch.attach). */
export const keepSearchCurrent = bound(async (db, search: ContactSearch, signal: AbortSignal) =>
  search.attach(db, signal),
);

// Activity, interviews, referrals, reminders
export const addActivity = bound(activity.addActivity);
export const listActivity = bound(activity.listActivity);
export const addInterview = bound(interviews.addInterview);
export const getInterview = bound(interviews.getInterview);
export const listInterviews = bound(interviews.listInterviews);
export const allInterviews = bound(reads.allInterviews);
export const updateInterview = bound(interviews.updateInterview);
export const endMeeting = bound(endMeetingIn);
export const addReferredPerson = bound(addReferredPersonTo);
export const referralsFrom = bound(referrals.referralsFrom);
export const referralsTo = bound(referrals.referralsTo);
export const allReferrals = bound(reads.allReferrals);
export const getReminder = bound(reads.getReminder);
export const allReminders = bound(reads.allReminders);
export const dueNewestFirstNow = bound(reads.dueNewestFirstNow);
export const listReminders = bound(reminders.listReminders);
export const markReminderDone = bound(reminders.markReminderDone);
export const snoozeReminder = bound(reminders.snoozeReminder);

// Carried questions, the journal, drafts, settings
export const openCarried = bound(carried.openCarried);
export const setCarriedStatus = bound(carried.setCarriedStatus);
export const loadJournal = bound(loadJournalFrom);
export const getPersonDraft = bound(drafts.getPersonDraft);
export const savePersonDraft = bound(drafts.savePersonDraft);
export const getSettings = bound(settings.getSettings);
export const saveSettings = bound(settings.saveSettings);

// Import and export
export const previewImport = bound(imports.previewImport);
export const commitImport = bound(imports.commitImport);
export const exportBackupJson = bound(exports.exportBackupJson);
export const exportContactsCsv = bound(exports.exportContactsCsv);
export const exportContactsVcard = bound(exports.exportContactsVcard);
