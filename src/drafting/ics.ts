// One meeting as an iCalendar file (RFC 5545) the user can attach or open in a calendar.

import { escapeIcsText, foldLine, icsTime } from '../lib/ics-text.ts';
import type { Slot } from './slots.ts';

export { escapeIcsText, icsTime };

const CRLF = '\r\n';

export function slotToIcs(
  slot: Pick<Slot, 'start' | 'end'>,
  event: { summary: string; description?: string; uid: string; now: number },
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Coffee Chat//Drafting//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${icsTime(event.now)}`,
    `DTSTART:${icsTime(slot.start)}`,
    `DTEND:${icsTime(slot.end)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map((l) => foldLine(l)).join(CRLF) + CRLF;
}
