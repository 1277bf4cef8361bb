import { describe, expect, it } from 'vitest';
import { displayValue } from '../../domain/contact.ts';
import { defaultSettings } from '../../domain/settings.ts';
import { getContactsByEmail } from '../contacts.ts';
import { getSettings, saveSettings } from '../settings.ts';
import { freshDb } from '../test-util.ts';
import { fixtureText } from './fixtures.ts';
import { commitImport, detectKind, guessMapping, ImportError, previewImport } from './index.ts';
import { parseDay } from './rows.ts';

describe('vCard', () => {
  it('reads vCard 3 with escapes, groups, quoted-printable and addresses', async () => {
    const db = await freshDb();
    const p = await previewImport(db, fixtureText('contacts-v3.vcf'));
    expect(p.kind).toBe('vcard');
    expect(p.toAdd).toHaveLength(2);
    expect(p.toAdd[0]).toMatchObject({
      name: 'Marit Quennell',
      email: 'marit.quennell@example.net',
      company: 'Heliotrope Foods, Inc.',
      title: 'Food Scientist',
      profileUrl: 'https://www.linkedin.com/in/marit-quennell/',
      location: 'Port Ilsen, Eastland',
      notes: 'Met at the fermentation meetup\nLikes sourdough',
      tags: ['food', 'science'],
    });
    expect(p.toAdd[1]).toMatchObject({ name: 'Ossian Drey', notes: 'Café regular' });
  });

  it('reads vCard 4 with folded lines and skips a card with nobody in it', async () => {
    const db = await freshDb();
    const p = await previewImport(db, fixtureText('contacts-v4.vcf'));
    expect(p.toAdd.map((r) => [r.name, r.title, r.profileUrl])).toEqual([
      [
        'Lys Amberwell',
        'Creative Director of Very Long Titles That Need Folding Across Several Lines',
        'https://plinth.example/team/lys',
      ],
    ]);
    expect(p.skipped).toEqual([{ row: 2, reason: expect.stringMatching(/No name/) }]);
  });

  it('refuses a file cut off in the middle of a card', async () => {
    const db = await freshDb();
    await expect(previewImport(db, 'BEGIN:VCARD\nVERSION:4.0\nFN:Half\n')).rejects.toBeInstanceOf(ImportError);
  });
});

describe('generic CSV', () => {
  it('guesses the mapping from common headers and imports', async () => {
    const db = await freshDb();
    const text = fixtureText('generic.csv');
    expect(
      guessMapping(['Full Name', 'E-mail Address', 'Organization', 'Job Title', 'LinkedIn', 'Labels', 'Notes']),
    ).toEqual({
      name: 'Full Name',
      email: 'E-mail Address',
      company: 'Organization',
      title: 'Job Title',
      profileUrl: 'LinkedIn',
      tags: 'Labels',
      notes: 'Notes',
    });
    const report = await commitImport(db, await previewImport(db, text), 5);
    expect(report.added).toBe(2);
    const [bettany] = await getContactsByEmail(db, 'BETTANY@example.com');
    expect(bettany?.tags).toEqual(['mentor', 'health']);
    expect(bettany?.notes).toBe('Knows the residency programme, ask about nights');
    expect(bettany?.profileUrl).toBe('https://www.linkedin.com/in/bettany-crewe/');
    expect(displayValue(bettany!, 'company')).toBe('Fathom Health LLC');
  });

  it('uses an explicit mapping, and explains when nothing identifies people', async () => {
    const db = await freshDb();
    const p = await previewImport(db, 'Who,Where\nIlse Varga,Kiln Works\n', {
      kind: 'csv',
      mapping: { name: 'Who', company: 'Where' },
    });
    expect(p.toAdd[0]).toMatchObject({ name: 'Ilse Varga', company: 'Kiln Works' });
    const err = await previewImport(db, 'Colour,Size\nred,3\n').catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe('missing-columns');
  });
});

describe("the user's own LinkedIn export", () => {
  it('fills empty settings fields from Profile, Positions, Education and Skills', async () => {
    const db = await freshDb();
    const s = defaultSettings('UTC');
    s.user.goals = 'keep me';
    s.user.field = 'Already set';
    await saveSettings(db, s);
    const files = ['Profile.csv', 'Positions.csv', 'Education.csv', 'Skills.csv'].map(fixtureText);
    const p = await previewImport(db, files);
    expect(p.kind).toBe('linkedin-profile');
    expect(p.profile).toMatchObject({
      name: 'Perrin Ashcombe',
      position: 'Policy Analyst at Sorrel Analytics',
      field: 'Environmental Services',
    });
    expect(p.profile?.background).toContain('Six years in public policy');
    expect(p.profile?.background).toContain('Junior Analyst at Eastland Ministry of Works (Sep 2018–Jan 2021)');
    expect(p.profile?.background).toContain('Education: BA Economics, University of Mirefield (2014–2018)');
    expect(p.profile?.background).toContain('Skills: Policy Analysis, Carbon Accounting, Python');
    const report = await commitImport(db, p, 1);
    expect(report.profileFields?.sort()).toEqual(['background', 'name', 'position']);
    const after = await getSettings(db);
    expect(after.user.field).toBe('Already set');
    expect(after.user.goals).toBe('keep me');
    expect(after.user.name).toBe('Perrin Ashcombe');
  });
});

describe('detection and dates', () => {
  it('tells formats apart by content', () => {
    expect(detectKind(fixtureText('Connections.csv'))).toBe('linkedin-connections');
    expect(detectKind(fixtureText('Skills.csv'))).toBe('linkedin-profile');
    expect(detectKind(fixtureText('contacts-v4.vcf'))).toBe('vcard');
    expect(detectKind('{"format":"coffee-chat-backup"}')).toBe('json-backup');
    expect(detectKind(fixtureText('generic.csv'))).toBe('csv');
    expect(() => detectKind('   ')).toThrow(ImportError);
  });

  it('parses LinkedIn and ISO dates and rejects impossible ones', () => {
    expect(parseDay('15 Oct 2024')).toBe('2024-10-15');
    expect(parseDay('1 Sept 2020')).toBe('2020-09-01');
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    expect(parseDay('10/15/2024')).toBe('2024-10-15');
    expect(parseDay('30 Feb 2023')).toBeNull();
    expect(parseDay('soon')).toBeNull();
  });
});
