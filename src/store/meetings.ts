// The store's door for meetings (see index.ts): interviews, the end of a meeting, referrals,
// reminders, questions carried to the next meeting, the journal, and editing a saved contact's
// fields: what the dashboard, the meeting window, extension/ and the worker do beyond the popup's
// first paint (whose Questions tab loads this later).
import { addReferredPerson as addReferredPersonTo } from './actions/add-referred-person.ts';
import { endMeeting as endMeetingIn } from './actions/end-meeting.ts';
import { scheduleInterview as scheduleInterviewIn } from './actions/schedule-interview.ts';
import * as carried from './carried.ts';
import { bound } from './connection.ts';
import { saveContactPatch as saveContactPatchTo } from './contact-merge.ts';
import * as interviews from './interviews.ts';
import { loadJournal as loadJournalFrom } from './journal.ts';
import * as reads from './reads.ts';
import * as referrals from './referrals.ts';
import * as reminders from './reminders.ts';

export type { EndResult } from './actions/end-meeting.ts';
export type { InterviewPatch, NewInterview } from './interviews.ts';
export type { JournalData } from './journal.ts';
export type { NewReminder } from './reminders.ts';

export const getInterview = /* @__PURE__ */ bound(interviews.getInterview);
export const listInterviews = /* @__PURE__ */ bound(interviews.listInterviews);
export const allInterviews = /* @__PURE__ */ bound(reads.allInterviews);
export const updateInterview = /* @__PURE__ */ bound(interviews.updateInterview);
export const scheduleInterview = /* @__PURE__ */ bound(scheduleInterviewIn);
export const endMeeting = /* @__PURE__ */ bound(endMeetingIn);
export const addReferredPerson = /* @__PURE__ */ bound(addReferredPersonTo);
export const referralsFrom = /* @__PURE__ */ bound(referrals.referralsFrom);
export const referralsTo = /* @__PURE__ */ bound(referrals.referralsTo);
export const allReferrals = /* @__PURE__ */ bound(reads.allReferrals);
export const getReminder = /* @__PURE__ */ bound(reads.getReminder);
export const allReminders = /* @__PURE__ */ bound(reads.allReminders);
export const dueNewestFirstNow = /* @__PURE__ */ bound(reads.dueNewestFirstNow);
export const listReminders = /* @__PURE__ */ bound(reminders.listReminders);
export const markReminderDone = /* @__PURE__ */ bound(reminders.markReminderDone);
export const snoozeReminder = /* @__PURE__ */ bound(reminders.snoozeReminder);
export const loadJournal = /* @__PURE__ */ bound(loadJournalFrom);
export const saveContactPatch = /* @__PURE__ */ bound(saveContactPatchTo);
export const openCarried = /* @__PURE__ */ bound(carried.openCarried);
export const setCarriedStatus = /* @__PURE__ */ bound(carried.setCarriedStatus);
