// Records as schema version 2 stored them: v1's records (the shape did not change) and a contact
// created by an import, which carries its origin instead of a timeline record.
import { V1_RECORDS } from './v1.ts';

export const V2_RECORDS = {
  ...V1_RECORDS,
  contacts: [
    ...V1_RECORDS.contacts,
    {
      id: 'c3', profileUrl: 'https://www.linkedin.com/in/odile-brackenridge/', email: null,
      captured: {
        url: 'https://www.linkedin.com/in/odile-brackenridge/', site: 'linkedin', name: 'Odile Brackenridge',
        headline: null, location: null, about: null, photoUrl: null, current: { title: 'Planner', company: 'Vantmoor Water' },
        experience: [], education: [], skills: [], connectionDegree: null,
        sources: { name: 'import:linkedin-connections', current: 'import:linkedin-connections' }, incomplete: [],
      },
      edits: {}, tags: [], stage: 'to-research', referredBy: null, introducedBy: null, notes: '',
      createdAt: 1_700_200_000_000, updatedAt: 1_700_200_000_000, rev: 1,
      importedFrom: { source: 'linkedin-connections', connectedOn: '2023-05-02' },
    },
  ],
} as const;
