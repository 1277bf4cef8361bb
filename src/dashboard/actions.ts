// The dashboard's writes. Each goes through store/ and, where reminders change, resyncs the
// alarms and badge from this page (a sleeping service worker does not hear the broadcast).

import type { Contact, Interview, Stage } from '../domain/contact.ts';
import { slotToIcs } from '../drafting/ics.ts';
import { syncReminderAlarms } from '../extension/reminder-alarms.ts';
import browser from '../lib/browser.ts';
import { meetingPath } from '../lib/page-urls.ts';
import { changeStage, deleteContact } from '../store/index.ts';
import { scheduleInterview as bookInterview, markReminderDone, snoozeReminder } from '../store/meetings.ts';

const quietly = (p: Promise<unknown>) => p.catch(() => undefined); // alarms are rebuilt on startup anyway

export async function moveStage(c: Contact, stage: Stage): Promise<void> {
  await changeStage(c.id, stage, Date.now());
}

/** Deletes the contact with everything of theirs (store/contact-delete.ts); their reminders' alarms go too. */
export async function removeContact(id: string): Promise<void> {
  await deleteContact(id, Date.now());
  // Not awaited: the page moves on at once, before the store's broadcast makes the open detail
  // re-read a contact that is gone ("This contact no longer exists").
  void quietly(syncReminderAlarms());
}

export async function reminderDone(id: string): Promise<void> {
  await markReminderDone(id);
  await quietly(syncReminderAlarms());
}

export async function reminderSnooze(id: string, ms: number): Promise<void> {
  await snoozeReminder(id, Date.now() + ms);
  await quietly(syncReminderAlarms());
}

/** Books the meeting: an interview with the chosen questions, and the stage moves to "scheduled" (one write). */
export function scheduleInterview(c: Contact, at: number, minutes: number, questions: string[]): Promise<Interview> {
  return bookInterview({ contactId: c.id, scheduledAt: at, minutes, questions }, Date.now());
}

/** An .ics file for the booked slot, as an object URL the user can download. */
export function icsUrl(interview: Interview, name: string): string {
  const ics = slotToIcs(
    { start: interview.scheduledAt, end: interview.scheduledAt + interview.minutes * 60_000 },
    { summary: `Coffee chat with ${name}`, uid: `${interview.id}@coffee-chat`, now: Date.now() },
  );
  return URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
}

/** A small window of its own, so it can sit beside the video call. */
export async function startMeeting(interviewId: string): Promise<void> {
  const url = browser.runtime.getURL(meetingPath(interviewId));
  try {
    await browser.windows.create({ url, type: 'popup', width: 420, height: 720 });
  } catch {
    await browser.tabs.create({ url }); // no windows API (e.g. Firefox for Android): a tab does
  }
}
