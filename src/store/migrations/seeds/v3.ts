// Records as schema version 3 stores them: v2's, with the learning loop's data: a debrief on
// the interview, a contact with "what they care about", a cadence and reply tracking, and the
// carried-forward questions (one open, one asked, one dismissed).
import { V2_RECORDS } from './v2.ts';

export const V3_RECORDS = {
  ...V2_RECORDS,
  contacts: [
    ...V2_RECORDS.contacts,
    {
      id: 'c4',
      profileUrl: null,
      email: null,
      captured: null,
      edits: { name: 'Maren Tolliver', company: 'Brackwater Institute' },
      tags: ['water'],
      stage: 'reached-out',
      referredBy: null,
      introducedBy: null,
      notes: '',
      createdAt: 1_700_300_000_000,
      updatedAt: 1_700_300_000_000,
      rev: 2,
      caresAbout: 'Getting more students into field work',
      keepInTouchMonths: 6,
      reachedOutAt: 1_700_300_000_000,
      repliedAt: 1_700_350_000_000,
    },
  ],
  interviews: [
    ...V2_RECORDS.interviews,
    {
      ...V2_RECORDS.interviews[0],
      id: 'i2',
      contactId: 'c4',
      newQuestions: 'What does a first year look like?',
      debrief: {
        fit: {
          skills: { score: 4, note: 'GIS is used daily' },
          values: { score: 5, note: '' },
          interests: { score: 3, note: 'less field work than hoped' },
        },
        toFindOut: 'Salary range',
      },
    },
  ],
  carried: [
    {
      id: 'q1',
      text: 'What does a first year look like?',
      contactId: 'c4',
      interviewId: 'i2',
      at: 1_700_101_200_000,
      organisation: 'Brackwater Institute',
      field: 'water',
      status: 'open',
      askedIn: null,
      updatedAt: 1_700_101_200_000,
    },
    {
      id: 'q2',
      text: 'Which conferences matter?',
      contactId: 'c4',
      interviewId: 'i2',
      at: 1_700_101_200_000,
      organisation: 'Brackwater Institute',
      field: 'water',
      status: 'asked',
      askedIn: 'i1',
      updatedAt: 1_700_200_000_000,
    },
    {
      id: 'q3',
      text: 'Is a PhD needed?',
      contactId: 'c4',
      interviewId: 'i2',
      at: 1_700_101_200_000,
      organisation: null,
      field: null,
      status: 'dismissed',
      askedIn: null,
      updatedAt: 1_700_200_000_000,
    },
  ],
} as const;
