// Scheduled interviews as an iCalendar file (RFC 5545): CRLF, lines folded at 75 octets,
// times in UTC ("Z") so every calendar places them right without a VTIMEZONE.
import { type Contact, displayValue, type Interview } from '../../domain/contact.ts';
import { escapeIcsText as escapeText, foldLine, icsTime } from '../../lib/ics-text.ts';

const MODE: Record<Interview['mode'], string> = { call: 'Phone call', video: 'Video call', 'in-person': 'In person' };

function event(iv: Interview, contact: Contact | undefined, now: number): string[] {
  const who = (contact && displayValue(contact, 'name')) || 'a contact';
  const lines = [
    'BEGIN:VEVENT',
    `UID:${iv.id}@coffee-chat`,
    `DTSTAMP:${icsTime(now)}`,
    `DTSTART:${icsTime(iv.scheduledAt)}`,
    `DTEND:${icsTime(iv.scheduledAt + iv.minutes * 60_000)}`,
    `SUMMARY:${escapeText(`Coffee chat with ${who}`)}`,
    `SEQUENCE:${Math.max(0, iv.rev - 1)}`,
  ];
  const questions = iv.questions.map((q) => `- ${q.text}`).join('\n');
  const description = [MODE[iv.mode], questions && `Questions:\n${questions}`].filter(Boolean).join('\n\n');
  lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (contact?.profileUrl) lines.push(`URL:${contact.profileUrl}`);
  lines.push('END:VEVENT');
  return lines;
}

/** Interviews that have not ended, as a calendar; `contacts` names the people. */
export function interviewsToIcs(interviews: Interview[], contacts: Map<string, Contact>, now: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Coffee Chat//Informational interviews//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...interviews.filter((iv) => iv.endedAt === null).flatMap((iv) => event(iv, contacts.get(iv.contactId), now)),
    'END:VCALENDAR',
  ];
  return lines.map((l) => foldLine(l)).join('\r\n') + '\r\n';
}
