// Records as schema version 2 stores them: v1's records (written whole, the shape did not change)
// and a contact created by an import: compact, and carrying its origin instead of a timeline record.
import { V1_RECORDS } from './v1.ts';

export const V2_RECORDS = {
  ...V1_RECORDS,
  contacts: [
    ...V1_RECORDS.contacts,
    {
      // Compact, as an import writes it (contact-record.ts): empty fields and captured.url left out.
      id: 'c3',
      profileUrl: 'https://www.linkedin.com/in/odile-brackenridge/',
      stage: 'to-research',
      captured: {
        site: 'linkedin',
        name: 'Odile Brackenridge',
        current: { title: 'Planner', company: 'Vantmoor Water' },
      },
      createdAt: 1_700_200_000_000,
      updatedAt: 1_700_200_000_000,
      rev: 1,
      importedFrom: { source: 'linkedin-connections', connectedOn: '2023-05-02' },
    },
  ],
} as const;
