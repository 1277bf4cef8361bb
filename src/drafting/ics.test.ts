import { describe, expect, it } from 'vitest';
import { foldLine as foldIcsLine } from '../lib/fold-lines.ts';
import { escapeIcsText, slotToIcs } from './ics.ts';

const slot = { start: Date.parse('2026-12-01T09:00:00Z'), end: Date.parse('2026-12-01T09:20:00Z') };
const now = Date.parse('2026-11-26T01:00:00Z');

describe('slotToIcs', () => {
  it('writes a minimal VEVENT with UTC times and CRLF line ends', () => {
    const ics = slotToIcs(slot, { summary: 'Coffee chat', uid: 'abc@coffee-chat', now });
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Coffee Chat//Drafting//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:abc@coffee-chat',
      'DTSTAMP:20261126T010000Z',
      'DTSTART:20261201T090000Z',
      'DTEND:20261201T092000Z',
      'SUMMARY:Coffee chat',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    const description = 'Agenda; questions, notes\\links\nSecond line ' + '日本語のメモ'.repeat(10);
    const ics = slotToIcs(slot, { summary: 'Chat', description, uid: 'u', now });
    const lines = ics.split('\r\n');
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('DESCRIPTION:Agenda\\; questions\\, notes\\\\links\\nSecond line 日本語のメモ');
    expect(unfolded).toContain('日本語のメモ'.repeat(10));
  });

  it.each([
    ['a;b', 'a\\;b'],
    ['a,b', 'a\\,b'],
    ['a\\b', 'a\\\\b'],
    ['a\r\nb', 'a\\nb'],
    ['plain', 'plain'],
  ])('escapes %j', (input, out) => expect(escapeIcsText(input)).toBe(out));

  it('leaves short lines alone and keeps 4-byte emoji whole', () => {
    expect(foldIcsLine('SUMMARY:x')).toBe('SUMMARY:x');
    const folded = foldIcsLine('SUMMARY:' + '😀'.repeat(30));
    expect(folded.replace(/\r\n /g, '')).toBe('SUMMARY:' + '😀'.repeat(30));
    expect(folded).not.toMatch(/\uFFFD/);
  });
});
