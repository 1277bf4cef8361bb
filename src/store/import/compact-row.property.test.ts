// compactFromRow builds the record a commit writes for a new contact directly; it must be exactly
// what compacting the whole contact gives (the same fields, in the same order), so what is stored
// and what reads back do not depend on which of the two wrote it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bench } from '../bench-data.ts';
import { compactContact, readContact } from '../contact-record.ts';
import type { ImportKind } from './index.ts';
import { readConnections } from './linkedin-connections.ts';
import { compactFromRow, contactFromRow } from './plan.ts';
import { makeRow } from './rows.ts';

const KINDS: ImportKind[] = ['linkedin-connections', 'vcard', 'csv'];

function expectSame(row: Parameters<typeof compactFromRow>[0], kind: ImportKind) {
  const direct = compactFromRow(row, kind, 7, 'the-id');
  const whole = contactFromRow(row, kind, 7, 'the-id');
  // JSON keeps key order: the records are the same field by field and in the same order.
  expect(JSON.stringify(direct)).toBe(JSON.stringify(compactContact(whole)));
  expect(direct).toStrictEqual(compactContact(whole));
  expect(readContact(structuredClone(direct))).toEqual(whole);
}

describe('compactFromRow', () => {
  it('is compactContact(contactFromRow(…)) for every row of a synthetic Connections.csv', () => {
    const { rows } = readConnections(bench.connectionsCsv(400, 11));
    for (const row of rows) expectSame(row, 'linkedin-connections');
  });

  it('is compactContact(contactFromRow(…)) for any row of any kind', () => {
    const text = fc.option(fc.string({ maxLength: 12 }), { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          name: text,
          email: fc.option(fc.constantFrom('a@example.org', ' B@Example.org ', 'no-at'), { nil: null }),
          url: fc.option(
            fc.constantFrom('https://www.linkedin.com/in/ada', 'linkedin.com/in/bo/', 'https://example.org/c', ''),
            { nil: null },
          ),
          company: text,
          title: text,
          location: text,
          tags: fc.array(fc.constantFrom('x', ' y ', '', 'x'), { maxLength: 3 }),
          notes: fc.option(fc.constantFrom('', ' note ', 'n'), { nil: null }),
          connectedOn: fc.option(fc.constantFrom('15 Oct 2024', '2024-02-30', 'soon'), { nil: null }),
        }),
        fc.constantFrom(...KINDS),
        (fields, kind) => expectSame(makeRow(3, fields), kind),
      ),
    );
  });
});
