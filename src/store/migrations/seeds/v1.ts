// Records exactly as schema version 1 stored them, written as frozen literals (not built
// with today's constructors) so the upgrade test keeps testing the old shape after the types move on.
export const V1_RECORDS = {
  contacts: [
    {
      id: 'c1', profileUrl: 'https://www.linkedin.com/in/ines-farrowdale/', email: 'ines@example.org',
      captured: {
        url: 'https://www.linkedin.com/in/ines-farrowdale/', site: 'linkedin', name: 'Inès Farrowdale',
        headline: 'Hydrologist', location: 'Utrecht', about: null, photoUrl: null,
        current: { title: 'Hydrologist', company: 'Brackwater Institute' },
        experience: [{ title: 'Hydrologist', company: 'Brackwater Institute', location: null, start: '2019', end: null, current: true, description: null }],
        education: [], skills: ['GIS'], connectionDegree: '2nd', sources: { name: 'linkedin/top-card' }, incomplete: [],
      },
      edits: { title: 'Senior hydrologist' }, tags: ['water'], stage: 'met', referredBy: null, introducedBy: null,
      notes: 'Met at the delta conference', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_500_000, rev: 4,
    },
    {
      id: 'c2', profileUrl: null, email: null, captured: null, edits: { name: 'Pell Ashgrove' }, tags: [],
      stage: 'to-research', referredBy: 'c1', introducedBy: null, notes: '', createdAt: 1_700_000_100_000,
      updatedAt: 1_700_000_100_000, rev: 1,
    },
  ],
  captures: [{ id: 's1', contactId: 'c1', at: 1_700_000_000_000, profile: { url: 'https://www.linkedin.com/in/ines-farrowdale/', site: 'linkedin', name: 'Inès Farrowdale', headline: null, location: null, about: null, photoUrl: null, current: null, experience: [], education: [], skills: [], connectionDegree: null, sources: {}, incomplete: [] } }],
  interviews: [{ id: 'i1', contactId: 'c1', scheduledAt: 1_700_100_000_000, minutes: 20, mode: 'video', questions: [{ text: 'How did you start?', asked: true }], notes: 'n', takeaways: 't', newQuestions: '', outcome: 'referral', startedAt: 1_700_100_000_000, endedAt: 1_700_101_200_000, updatedAt: 1_700_101_200_000, rev: 3 }],
  referrals: [{ id: 'r1', fromContactId: 'c1', toContactId: 'c2', interviewId: 'i1', at: 1_700_101_000_000 }],
  reminders: [{ id: 'm1', contactId: 'c1', kind: 'thank-you', dueAt: 1_700_180_000_000, text: '', done: false, snoozedUntil: null, interviewId: 'i1' }],
  activity: [{ id: 'a1', contactId: 'c1', at: 1_700_000_000_000, kind: 'captured', text: 'Captured from their profile' }],
  kv: [{ key: 'settings', value: { version: 1, user: { name: 'Sol Quennell', email: 'sol@example.org' }, availability: { timeZone: 'Europe/Amsterdam', meetingMinutes: 30, windows: [] }, templates: {}, reminders: { thankYou: { enabled: true, time: '08:30' }, followUp: { enabled: false, months: 2 } } } }],
} as const;
