// LinkedIn's export as downloaded: the ZIP is read by name in any folder and case, and every
// kind of bad archive is refused with its own message before anything is written.
import { describe, expect, it } from 'vitest';
import {
  connectionsCsv,
  EXPORT_PEOPLE,
  makeZip,
  syntheticExportZip,
} from '../../../tests/fixtures/generate/export-zip.ts';
import { displayValue } from '../../domain/contact.ts';
import { allContacts } from '../contacts.ts';
import { freshDb } from '../test-util.ts';
import { commitImport, ImportError, previewImport } from './index.ts';
import { isUnsafeName, listZip } from './zip.ts';

async function refusal(input: Uint8Array, kind?: 'linkedin-profile'): Promise<ImportError> {
  const db = await freshDb();
  const err = await previewImport(db, input, kind ? { kind } : {}).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  expect(await allContacts(db)).toEqual([]);
  return err as ImportError;
}

const EXPORT = 'Basic_LinkedInDataExport_03-14-2025';

describe('reading the export ZIP', () => {
  it('Import contacts finds Connections.csv in a sub-folder, in any case, and lists the rest as ignored', async () => {
    const db = await freshDb();
    const p = await previewImport(db, syntheticExportZip(), { now: 1 });
    expect(p.kind).toBe('linkedin-connections');
    expect(p.toAdd.map((r) => r.name)).toEqual(EXPORT_PEOPLE.map(([first, last]) => `${first} ${last}`));
    expect(p.files?.used).toEqual([`${EXPORT}/Network/CONNECTIONS.csv`]);
    expect(p.files?.ignored).toEqual([
      `${EXPORT}/Profile.csv`,
      `${EXPORT}/positions.csv`,
      `${EXPORT}/messages.csv`,
      `${EXPORT}/Invitations.csv`,
      `${EXPORT}/Rich_Media.csv`,
    ]);
    const report = await commitImport(db, p, 2);
    expect(report.added).toBe(3);
    expect((await allContacts(db)).map((c) => displayValue(c, 'name')).sort()).toEqual([
      'Caspian Orrell',
      'Mireille Okafor-Lund',
      'Ysolde Farrant',
    ]);
  });

  it('About you reads Profile.csv and Positions.csv from the same ZIP', async () => {
    const p = await previewImport(await freshDb(), syntheticExportZip(), { kind: 'linkedin-profile' });
    expect(p.profile?.name).toBe('Wren Halloway');
    expect(p.profile?.position).toBe('Research Assistant at Fenmarsh Lab');
    expect(p.files?.used).toEqual([`${EXPORT}/Profile.csv`, `${EXPORT}/positions.csv`]);
    expect(p.files?.ignored).toContain(`${EXPORT}/Network/CONNECTIONS.csv`);
  });

  it('a ZIP with only the own-profile files, under Import contacts, previews as the own export', async () => {
    const zip = makeZip([{ name: 'Profile.csv', data: 'First Name,Last Name,Headline\nWren,Halloway,Student\n' }]);
    const p = await previewImport(await freshDb(), zip);
    expect(p.kind).toBe('linkedin-profile');
    expect(p.files?.used).toEqual(['Profile.csv']);
  });

  it('a second Connections.csv elsewhere is ignored, and stored (uncompressed) files are read too', async () => {
    const zip = makeZip([
      { name: 'a/Connections.csv', data: connectionsCsv([EXPORT_PEOPLE[0]]), store: true },
      { name: 'b/Connections.csv', data: connectionsCsv() },
    ]);
    const p = await previewImport(await freshDb(), zip);
    expect(p.toAdd).toHaveLength(1);
    expect(p.files).toEqual({ used: ['a/Connections.csv'], ignored: ['b/Connections.csv'] });
  });

  it('a CSV chosen directly has no file list', async () => {
    const p = await previewImport(await freshDb(), new TextEncoder().encode(connectionsCsv()));
    expect(p.files).toBeUndefined();
  });
});

describe('bad archives are refused and write nothing', () => {
  it('not a ZIP: a file that only starts like one', async () => {
    const e = await refusal(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
    expect(e.code).toBe('zip-damaged');
  });

  it('truncated: cut anywhere, it is damaged, never half-read', async () => {
    const whole = syntheticExportZip();
    for (const cut of [30, Math.floor(whole.length / 2), whole.length - 30, whole.length - 1]) {
      const e = await refusal(whole.subarray(0, cut));
      expect(e.code).toBe('zip-damaged');
      expect(e.message).toMatch(/damaged or incomplete/);
    }
  });

  it('a changed byte inside the packed data fails the checksum or the inflate', async () => {
    const zip = makeZip([{ name: 'Connections.csv', data: connectionsCsv(), store: true }]);
    const at = 30 + 'Connections.csv'.length + 200;
    zip[at] = zip[at]! ^ 0x20;
    expect((await refusal(zip)).message).toMatch(/checksum/);
  });

  it('encrypted', async () => {
    const e = await refusal(makeZip([{ name: 'Connections.csv', data: connectionsCsv(), flags: 1 }]));
    expect(e.code).toBe('zip-encrypted');
    expect(e.message).toMatch(/password-protected/);
  });

  it('a ZIP bomb: a huge ratio', async () => {
    const e = await refusal(makeZip([{ name: 'Connections.csv', data: new Uint8Array(1024 * 1024) }]));
    expect(e.code).toBe('zip-bomb');
    expect(e.message).toMatch(/times smaller/);
  });

  it('a ZIP bomb: a declared total over the cap is refused before inflating', async () => {
    const e = await refusal(
      makeZip([{ name: 'Connections.csv', data: connectionsCsv(), store: true, declaredSize: 60 * 1024 * 1024 }]),
    );
    expect(e.code).toBe('zip-bomb');
    expect(e.message).toMatch(/over 50 MB/);
  });

  it('a ZIP bomb: data that unpacks larger than declared is stopped at the declared size', async () => {
    const e = await refusal(makeZip([{ name: 'Connections.csv', data: connectionsCsv(), declaredSize: 40 }]));
    expect(e.code).toBe('zip-bomb');
    expect(e.message).toMatch(/larger than it says/);
  });

  it('too many entries', async () => {
    const many = Array.from({ length: 5001 }, (_, i) => ({ name: `f${i}.txt`, data: '', store: true }));
    expect((await refusal(makeZip(many))).code).toBe('zip-bomb');
  });

  it.each([
    '../Connections.csv',
    'export/../../Connections.csv',
    '/etc/Connections.csv',
    'C:\\Users\\Connections.csv',
    '..\\Connections.csv',
    'Conn\0ections.csv',
  ])('a name that climbs out of its folder: %j', async (name) => {
    const e = await refusal(makeZip([{ name, data: connectionsCsv() }]));
    expect(e.code).toBe('zip-unsafe-name');
  });

  it('no usable file', async () => {
    const e = await refusal(makeZip([{ name: 'messages.csv', data: 'FROM,TO\n' }]));
    expect(e.code).toBe('zip-empty');
    expect(e.message).toMatch(/Connections\.csv/);
    const own = await refusal(makeZip([{ name: 'Connections.csv', data: connectionsCsv() }]), 'linkedin-profile');
    expect(own.code).toBe('zip-empty');
    expect(own.message).toMatch(/Profile\.csv/);
  });

  it('a spreadsheet (an .xlsx is a ZIP too) is told to be saved as CSV', async () => {
    const xlsx = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
    ]);
    expect((await refusal(xlsx)).message).toMatch(/spreadsheet.*CSV UTF-8/);
  });

  it('an empty archive', async () => {
    expect((await refusal(makeZip([]))).code).toBe('zip-empty');
  });

  it('an unknown compression method in a file we need', async () => {
    const zip = makeZip([{ name: 'Connections.csv', data: connectionsCsv() }]);
    const central = zip.length - 22 - (46 + 'Connections.csv'.length);
    new DataView(zip.buffer).setUint16(central + 10, 14, true); // LZMA
    expect((await refusal(zip)).code).toBe('zip-unsupported');
  });
});

describe('names', () => {
  it('keeps ordinary nested names, refuses climbing ones', () => {
    expect(isUnsafeName('Basic_LinkedInDataExport/Connections.csv')).toBe(false);
    expect(isUnsafeName('a..b/c..csv')).toBe(false);
    expect(isUnsafeName('a/../b')).toBe(true);
  });

  it('lists files, not folders', () => {
    expect(listZip(syntheticExportZip()).map((e) => e.base)).toEqual([
      'connections.csv',
      'profile.csv',
      'positions.csv',
      'messages.csv',
      'invitations.csv',
      'rich_media.csv',
    ]);
  });
});
