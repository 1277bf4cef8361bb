// Property-based: a note comes back whole from a vCard, whether our own export wrote it or an
// older address book wrote it as vCard 2.1 quoted-printable with soft line breaks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../domain/contact.ts';
import { contactsToVcard } from '../export/vcard.ts';
import { readVcards } from './vcard.ts';

const contact = (notes: string): Contact => ({
  id: 'c1',
  profileUrl: null,
  captured: null,
  edits: { name: 'Ada Example' },
  email: null,
  tags: [],
  stage: 'to-contact',
  referredBy: null,
  introducedBy: null,
  notes,
  createdAt: 0,
  updatedAt: 0,
  rev: 1,
});

/**
 * RFC 2045 quoted-printable, as vCard 2.1 writers use it: UTF-8 bytes, "=XX" for anything
 * but printable ASCII (line breaks too, as =0D=0A), and a soft line break ("=" then CRLF)
 * before a line would pass 76 characters.
 */
function quotedPrintable(text: string, eol = '\r\n'): string {
  const tokens = [...new TextEncoder().encode(text)].map((b) =>
    (b >= 33 && b <= 126 && b !== 61) || b === 32
      ? String.fromCharCode(b)
      : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
  );
  // A space at the end of an encoded line would be lost in transport: encode the last one.
  const last = tokens.length - 1;
  if (tokens[last] === ' ') tokens[last] = '=20';
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    if (line.length + t.length > 75) {
      lines.push(line.endsWith(' ') ? `${line.slice(0, -1)}=20=` : `${line}=`);
      line = '';
    }
    line += t;
  }
  lines.push(line);
  return lines.join(eol);
}

/** vCard 2.1 escapes backslashes and semicolons in a value before encoding it. */
const escape21 = (text: string) => text.replace(/[\\;]/g, '\\$&');

const card21 = (encodedNote: string, eol = '\r\n') =>
  [
    'BEGIN:VCARD',
    'VERSION:2.1',
    'FN:Ada Example',
    `NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${encodedNote}`,
    'END:VCARD',
    '',
  ].join(eol);

// The import trims a note's surrounding whitespace (rows.ts); vCard's own escape has one line
// break, \n, while quoted-printable carries the note's bytes exactly.
const keptFromExport = (note: string) => note.replace(/\r\n?/g, '\n').trim();

// Notes as people type them: any text, many lines, long lines, the characters vCard escapes.
const note = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('a', 'é', '東', '😀', ' ', '\n', '\r\n', '\r', '=', ';', ',', '\\', ':', '\t') }),
  fc.array(fc.string({ unit: 'grapheme-ascii', maxLength: 120 }), { maxLength: 6 }).map((ls) => ls.join('\n')),
);

describe('vCard notes round-trip', () => {
  it('reads back any note our vCard export wrote', () => {
    fc.assert(
      fc.property(note, (n) => {
        const { rows } = readVcards(contactsToVcard([contact(n)]));
        expect(rows).toHaveLength(1);
        expect(rows[0]!.notes).toBe(keptFromExport(n));
      }),
      { numRuns: 500 },
    );
  });

  it('reads back any note a quoted-printable encoder wrote, soft line breaks and all', () => {
    fc.assert(
      fc.property(note, fc.constantFrom('\r\n', '\n'), (n, eol) => {
        const { rows } = readVcards(card21(quotedPrintable(escape21(n), eol), eol));
        expect(rows).toHaveLength(1);
        expect(rows[0]!.notes).toBe(n.trim());
      }),
      { numRuns: 500 },
    );
  });

  it('joins a soft line break after an encoded line break (the reported case)', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Ada',
      'NOTE;ENCODING=QUOTED-PRINTABLE:Line one=0D=0A=',
      'Line two',
      'END:VCARD',
    ];
    expect(readVcards(text.join('\r\n')).rows[0]!.notes).toBe('Line one\r\nLine two');
  });

  it('reads the bare 2.1 form and a named charset', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Ada',
      'NOTE;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Caf=E9 =',
      'au lait',
      'END:VCARD',
    ];
    expect(readVcards(text.join('\r\n')).rows[0]!.notes).toBe('Café au lait');
  });

  it('never lets a stray final "=" swallow the end of the card', () => {
    const text = ['BEGIN:VCARD', 'VERSION:2.1', 'FN:Ada', 'NOTE;ENCODING=QUOTED-PRINTABLE:Cut=', 'END:VCARD'];
    expect(readVcards(text.join('\r\n'))).toMatchObject({ count: 1, rows: [{ name: 'Ada', notes: 'Cut' }] });
  });
});
