// The demo's made-up user, a few weeks into their informational interviews, written through
// the store's public API (never raw records): a dozen people across every stage, two meetings
// held with notes and takeaways, a referral chain three levels deep with one dead end, reminders
// due, and a batch of LinkedIn connections imported. Every name is invented; every address is
// example.com. Runs only from `npm start` (scripts/lib/demo-seed.ts bundles it into an extension
// page at launch); it is no part of the extension, and tests/unit/demo-seed.test.ts checks that.
import type { Stage } from '../../src/domain/contact.ts';
import { type CapturedProfile, emptyProfile } from '../../src/domain/profile.ts';
import { commitImport, previewImport } from '../../src/store/import/index.ts';
import {
  addInterview,
  addReferral,
  addReminder,
  type DB,
  getContact,
  updateContact,
  updateInterview,
  upsertFromCapture,
} from '../../src/store/repository.ts';
import { DEMO_SEED_TRACE } from './demo-seed-trace.ts';

const DAY = 24 * 60 * 60 * 1000;

interface Person {
  key: string;
  name: string;
  title: string;
  company: string;
  location: string;
  stage: Stage;
  note?: string;
}

const PEOPLE: Person[] = [
  // The referral chain: Priya → Tomasz → Adaeze → Jun, and Priya → Marisol (declined: the dead end).
  {
    key: 'priya',
    name: 'Priya Ravensholt',
    title: 'UX Research Lead',
    company: 'Larkspur Civic Tech',
    location: 'Vantmoor',
    stage: 'thanked',
  },
  {
    key: 'tomasz',
    name: 'Tomasz Quillon',
    title: 'Research Operations Manager',
    company: 'Northgale Digital Service',
    location: 'Eastmere',
    stage: 'met',
  },
  {
    key: 'adaeze',
    name: 'Adaeze Thornbury',
    title: 'Service Designer',
    company: 'City of Brackwater',
    location: 'Brackwater',
    stage: 'scheduled',
  },
  {
    key: 'jun',
    name: 'Jun Harrowgate',
    title: 'Senior User Researcher',
    company: 'Fenmarsh Health Trust',
    location: 'Vantmoor',
    stage: 'reached-out',
  },
  {
    key: 'marisol',
    name: 'Marisol Penhallow',
    title: 'Head of Design',
    company: 'Saltmarsh Transit Authority',
    location: 'Eastmere',
    stage: 'declined',
    note: 'Kind reply: no time until spring. Do not chase.',
  },
  // Everyone else, one or more per stage.
  {
    key: 'ines',
    name: 'Ines Whitcombe',
    title: 'Content Designer',
    company: 'Tidewell Public Data',
    location: 'Porthaven',
    stage: 'scheduled',
  },
  {
    key: 'rafael',
    name: 'Rafael Esterbrook',
    title: 'Product Researcher',
    company: 'Quillfeather Labs',
    location: 'Remote',
    stage: 'following-up',
    note: 'No reply to the first email; sent a short follow-up.',
  },
  {
    key: 'greta',
    name: 'Greta Lindqvist-Ames',
    title: 'Research Manager',
    company: 'Office for Open Water Data',
    location: 'Vantmoor',
    stage: 'to-contact',
  },
  {
    key: 'oren',
    name: 'Oren Falkland',
    title: 'Accessibility Specialist',
    company: 'Northgale Digital Service',
    location: 'Eastmere',
    stage: 'to-contact',
  },
  {
    key: 'hamid',
    name: 'Hamid Okonjo-Vale',
    title: 'Behavioural Scientist',
    company: 'Brightfen Policy Lab',
    location: 'Porthaven',
    stage: 'to-research',
  },
  {
    key: 'sunniva',
    name: 'Sunniva Kael',
    title: 'Design Researcher',
    company: 'Lanternfield Studio',
    location: 'Remote',
    stage: 'archived',
    note: 'Moved to a job outside research.',
  },
];

const slug = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '-')}-demo`;

function profileOf(p: Person): CapturedProfile {
  return {
    ...emptyProfile(`https://www.linkedin.com/in/${slug(p.name)}/`, 'linkedin'),
    name: p.name,
    headline: `${p.title} at ${p.company}`,
    location: p.location,
    current: { title: p.title, company: p.company },
    experience: [
      {
        title: p.title,
        company: p.company,
        location: p.location,
        start: '2021-04',
        end: null,
        current: true,
        description: null,
      },
    ],
    sources: { name: 'demo' },
  };
}

/** LinkedIn's Connections.csv layout, with made-up people (the "imported batch"). */
const CONNECTIONS = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Beatrix,Olawale-Finch,https://www.linkedin.com/in/beatrix-olawale-finch-demo,beatrix@example.com,Larkspur Civic Tech,Delivery Manager,14 Jan 2025
Caspian,Orrell,https://www.linkedin.com/in/caspian-orrell-demo,,Northgale Water Board,Hydrologist,02 Feb 2025
Delphine,Achterberg,https://www.linkedin.com/in/delphine-achterberg-demo,,Tidewell Public Data,Data Scientist,19 Nov 2024
Emeka,Sorrowby,https://www.linkedin.com/in/emeka-sorrowby-demo,emeka@example.com,Fenmarsh Health Trust,Interaction Designer,08 Oct 2024
Fionnuala,Brask,https://www.linkedin.com/in/fionnuala-brask-demo,,Office for Open Water Data,Policy Advisor,27 Aug 2024
`;

export interface JourneySummary {
  /** A string only this module holds, so a build that contained it would be caught. */
  trace: typeof DEMO_SEED_TRACE;
  contacts: number;
  imported: number;
  referrals: number;
  interviews: number;
  reminders: number;
}

/** Writes the journey into an empty store; `now` anchors every date (meetings in the past, reminders due). */
export async function seedJourney(db: DB, now: number): Promise<JourneySummary> {
  const ids: Record<string, string> = {};
  let at = now - 40 * DAY;
  for (const p of PEOPLE) {
    at += DAY;
    const { contact } = await upsertFromCapture(db, profileOf(p), at, { stage: p.stage });
    const email = `${p.name.split(' ')[0]!.toLowerCase()}@example.com`;
    await updateContact(db, contact.id, { email, ...(p.note ? { notes: p.note } : {}) }, contact.rev, at);
    ids[p.key] = contact.id;
  }
  const id = (key: string) => ids[key]!;

  // Two meetings held, with what was said and what the user took from it.
  const held = async (key: string, daysAgo: number, notes: string, takeaways: string, outcome: string) => {
    const start = now - daysAgo * DAY;
    const iv = await addInterview(
      db,
      {
        contactId: id(key),
        scheduledAt: start,
        questions: [
          'How did you move into research from where you started?',
          'What does a normal week look like on your team?',
          'Who else should I talk to?',
        ],
      },
      start - 5 * DAY,
    );
    return updateInterview(
      db,
      iv.id,
      {
        questions: iv.questions.map((q) => ({ ...q, asked: true })),
        startedAt: start,
        endedAt: start + 22 * 60 * 1000,
        notes,
        takeaways,
        outcome,
      },
      iv.rev,
      start + 23 * 60 * 1000,
    );
  };
  const first = await held(
    'priya',
    12,
    'Came from social science fieldwork, like me. Her team runs diary studies before any redesign.\nHiring: junior researcher roles open twice a year.',
    'Field interviews count as research experience: put them first on the CV.\nLearn one survey tool well.',
    'Suggested Tomasz (research ops) and Marisol (design leadership).',
  );
  const second = await held(
    'tomasz',
    4,
    'Research ops = recruiting participants, consent, the repository of findings.\nThey publish their research calendar.',
    'Ops is a way in that values organised fieldwork.\nAsk Adaeze about service design in local government.',
    'Introduced me to Adaeze by email.',
  );
  await addReferral(
    db,
    { fromContactId: id('priya'), toContactId: id('tomasz'), interviewId: first.id },
    now - 12 * DAY,
  );
  await addReferral(
    db,
    { fromContactId: id('priya'), toContactId: id('marisol'), interviewId: first.id },
    now - 12 * DAY,
  );
  await addReferral(
    db,
    { fromContactId: id('tomasz'), toContactId: id('adaeze'), interviewId: second.id },
    now - 4 * DAY,
  );
  await addReferral(db, { fromContactId: id('adaeze'), toContactId: id('jun') }, now - 2 * DAY);
  // Upcoming: Adaeze the day after tomorrow, Ines next week.
  await addInterview(db, { contactId: id('adaeze'), scheduledAt: now + 2 * DAY }, now - DAY);
  await addInterview(db, { contactId: id('ines'), scheduledAt: now + 6 * DAY }, now - DAY);

  // Reminders: a thank-you due now, a follow-up later. Jun's no-reply nudges come from the store
  // itself (reached out weeks ago, no reply recorded), so none is written here by hand.
  await addReminder(db, { contactId: id('tomasz'), kind: 'thank-you', dueAt: now - 3 * DAY, interviewId: second.id });
  await addReminder(db, { contactId: id('priya'), kind: 'follow-up', dueAt: now + 60 * DAY, interviewId: first.id });

  // A batch of LinkedIn connections, through the same import the options page runs.
  const preview = await previewImport(db, CONNECTIONS, { now: now - 20 * DAY });
  const report = await commitImport(db, preview, now - 20 * DAY);

  const stillThere = await getContact(db, id('jun'));
  if (!stillThere) throw new Error('The demo journey did not stick.');
  return {
    trace: DEMO_SEED_TRACE,
    contacts: PEOPLE.length + report.added,
    imported: report.added,
    referrals: 4,
    interviews: 4,
    reminders: 2,
  };
}
