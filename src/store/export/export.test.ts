import { describe, expect, it } from 'vitest';
import { readContact } from '../contact-record.ts';
import { deleteEverything, updateContact, upsertFromCapture } from '../contacts.ts';
import { previewImport } from '../import/index.ts';
import { addInterview, updateInterview } from '../interviews.ts';
import { freshDb, profile } from '../test-util.ts';
import { contactsToCsv } from './csv.ts';
import { exportContactsCsv, exportContactsVcard, exportInterviewsIcs } from './index.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

async function sample() {
  const db = await freshDb();
  const { contact } = await upsertFromCapture(
    db,
    profile('wren-c', {
      name: 'Wren Cälloway',
      current: { title: 'Lead, Platform', company: 'Orrery Capital; Europe' },
    }),
    Date.UTC(2025, 4, 1),
  );
  const c = await updateContact(
    db,
    contact.id,
    { notes: 'Said "call me"\n=SUM(A1) is not a formula', tags: ['fintech', 'mentor'], email: 'wren@example.com' },
    1,
    Date.UTC(2025, 4, 2),
  );
  return { db, c };
}

describe('CSV export', () => {
  it('writes a header, quotes, CRLF and guards formula-like cells', async () => {
    const { db } = await sample();
    const csv = await exportContactsCsv(db);
    const [header, ...rest] = csv.split('\r\n');
    expect(header).toBe('Name,Email,Profile URL,Company,Title,Location,Stage,Tags,Notes,Created,Updated');
    expect(rest.join('\r\n')).toContain('"Said ""call me""\n=SUM(A1) is not a formula"');
    expect(contactsToCsv([]).trim()).toBe(header);
    const guarded = contactsToCsv([{ ...readContact((await db.getAll('contacts'))[0]!), notes: '=HYPERLINK("x")' }]);
    expect(guarded).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('re-imports as the same people, nothing new', async () => {
    const { db } = await sample();
    const csv = await exportContactsCsv(db);
    const p = await previewImport(db, csv);
    expect(p.kind).toBe('csv');
    expect(p.toAdd).toEqual([]);
    expect(p.unchanged).toHaveLength(1);
    const fresh = await freshDb();
    const q = await previewImport(
      fresh,
      contactsToCsv([{ ...readContact((await db.getAll('contacts'))[0]!), notes: '=1+1' }]),
    );
    expect(q.toAdd[0]).toMatchObject({
      name: 'Wren Cälloway',
      email: 'wren@example.com',
      company: 'Orrery Capital; Europe',
      notes: '=1+1',
      tags: ['fintech', 'mentor'],
    });
  });
});

describe('vCard 4 export', () => {
  it('escapes, folds at 75 octets with CRLF, and re-imports to the same fields', async () => {
    const { db, c } = await sample();
    await updateContact(db, c.id, { notes: `${c.notes} ${'ü'.repeat(80)}` }, c.rev, 3);
    const vcf = await exportContactsVcard(db);
    const lines = vcf.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines).toContain('VERSION:4.0');
    expect(lines).toContain('ORG:Orrery Capital\\; Europe');
    expect(lines).toContain('TITLE:Lead\\, Platform');
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(vcf.replace(/\r\n/g, '')).not.toMatch(/\n/);
    await deleteEverything(db);
    const p = await previewImport(db, vcf);
    expect(p.toAdd[0]).toMatchObject({
      name: 'Wren Cälloway',
      company: 'Orrery Capital; Europe',
      title: 'Lead, Platform',
      email: 'wren@example.com',
      profileUrl: c.profileUrl,
      tags: ['fintech', 'mentor'],
      notes: `${c.notes} ${'ü'.repeat(80)}`,
    });
  });
});

describe('iCalendar export', () => {
  it('lists scheduled, not ended, interviews in UTC with RFC 5545 lines', async () => {
    const { db, c } = await sample();
    const longQ = 'What would you tell someone switching from policy work into platform engineering today — honestly?';
    const iv = await addInterview(
      db,
      {
        contactId: c.id,
        scheduledAt: Date.UTC(2026, 2, 4, 15, 30),
        minutes: 25,
        mode: 'video',
        questions: [longQ, 'Who, else; should I meet?'],
      },
      1,
    );
    const done = await addInterview(db, { contactId: c.id, scheduledAt: Date.UTC(2026, 0, 1) }, 1);
    await updateInterview(db, done.id, { endedAt: Date.UTC(2026, 0, 1, 0, 20) }, 1, 2);
    const ics = await exportInterviewsIcs(db, Date.UTC(2026, 2, 1, 8));
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n');
    expect(unfolded.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(unfolded).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        `UID:${iv.id}@coffee-chat`,
        'DTSTAMP:20260301T080000Z',
        'DTSTART:20260304T153000Z',
        'DTEND:20260304T155500Z',
        'SUMMARY:Coffee chat with Wren Cälloway',
        'END:VCALENDAR',
      ]),
    );
    const description = unfolded.find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(description).toBe(
      `DESCRIPTION:Video call\\n\\nQuestions:\\n- ${longQ.replace(',', '\\,')}\\n- Who\\, else\\; should I meet?`,
    );
  });
});
