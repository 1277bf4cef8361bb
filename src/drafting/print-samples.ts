// Prints question ideas and all five drafts for the synthetic sample profiles, for review
// and for the issue's closing note: `npx tsx src/drafting/print-samples.ts`.
// `--people` prints, for the six people of sample-people.ts, the first 8 question ideas (each with
// the fact it comes from) and the cold email, in English and one other language.
// The clock is fixed so the output is the same on every run.

import { displayValue } from '../domain/contact.ts';
import type { DraftLanguage } from '../domain/language.ts';
import type { CapturedProfile } from '../domain/profile.ts';
import { MESSAGE_KINDS } from '../domain/settings.ts';
import type { DraftContext } from './context.ts';
import { highlightSentence, learnPhrase } from './highlight.ts';
import { draftMessage } from './messages.ts';
import { profileFacts } from './profile-facts.ts';
import { questionIdeas, THEME_LABELS } from './questions.ts';
import { SAMPLE_PEOPLE } from './sample-people.ts';
import { SAMPLE_PROFILES, SAMPLE_SETTINGS } from './samples.ts';

const NOW = Date.UTC(2025, 11, 2, 8, 30); // Tue 2 Dec 2025, 09:30 in Berlin
const DAY = 86_400_000;

const scenarios: Partial<DraftContext>[] = [
  {
    introducer: { name: 'Priya Castellanos', relation: 'my thesis supervisor' },
    notes: {
      takeaways: '- Run five small interviews before redesigning anything\n- Portfolio case studies beat certificates',
    },
    referralOutcomes: [
      { name: 'Tobias Wrenfield', met: true, outcome: 'he let me sit in on a usability test at his company' },
      { name: 'Lena Okoro', met: false },
    ],
    userNews: 'I start a three-month product internship at a battery-recycling start-up in February',
    target: { company: 'Tidewater Mobility B.V.' },
  },
  {
    notes: { notes: 'Forecasting teams want people who can explain uncertainty to non-specialists' },
    referralOutcomes: [
      { name: 'Ragnhild Sæterdal', met: true, outcome: 'we talked about energy-market data for an hour' },
    ],
    target: { company: 'Northwind Grid Analytics AS', person: 'the head of the forecasting team' },
  },
  {},
];

const OTHER_LANGUAGE: DraftLanguage[] = ['fr', 'fr', 'de', 'es', 'es', 'de'];

function contextFor(profile: CapturedProfile, language: DraftLanguage): DraftContext {
  const fake = { edits: {}, captured: profile } as unknown as Parameters<typeof displayValue>[0];
  // `language` is read by message templates in every language; English wherever they are not there yet.
  return {
    contact: {
      name: profile.name ?? '',
      company: displayValue(fake, 'company'),
      title: displayValue(fake, 'title'),
      profile,
    },
    settings: SAMPLE_SETTINGS,
    now: NOW,
    language,
  } as DraftContext;
}

function printPeople(): void {
  SAMPLE_PEOPLE.forEach(([what, profile], i) => {
    for (const lang of ['en', OTHER_LANGUAGE[i]!] as DraftLanguage[]) {
      console.log(`\n======== ${i + 1}. ${what}: ${profile.name} [${lang}] ========\n`);
      const ideas = questionIdeas(profile, SAMPLE_SETTINGS, { now: NOW, count: 10 }, lang).slice(0, 8);
      ideas.forEach((q, n) => {
        console.log(`${n + 1}. ${q.text}`);
        if (q.basis) console.log(`   From the profile: ${q.basis}`);
      });
      const facts = profileFacts(profile, NOW);
      console.log(`\nInterest sentence: ${highlightSentence(facts, lang)}`);
      console.log(`What I'd like to hear: … ${learnPhrase(facts, lang)}`);
      const email = draftMessage('coldEmail', contextFor(profile, lang));
      // Until the message templates exist in `lang`, the email comes out in English: say so, not print it twice.
      if (lang !== 'en' && !email.body.includes(highlightSentence(facts, lang)))
        console.log(
          `\n--- cold email ---\n(no ${lang} email template yet: the interest sentence above is what it will carry)`,
        );
      else console.log(`\n--- cold email ---\nSubject: ${email.subject}\n\n${email.body}`);
    }
  });
}

if (process.argv.includes('--people')) printPeople();
else
  SAMPLE_PROFILES.forEach((profile, i) => {
    const fake = { edits: {}, captured: profile } as unknown as Parameters<typeof displayValue>[0];
    const ctx: DraftContext = {
      contact: {
        name: profile.name ?? '',
        company: displayValue(fake, 'company'),
        title: displayValue(fake, 'title'),
        profile,
      },
      settings: SAMPLE_SETTINGS,
      now: NOW,
      meetingAt: NOW - DAY,
      ...scenarios[i],
    };
    console.log(`\n======== ${profile.name} (${profile.headline}) ========\n`);
    console.log('Question ideas:');
    for (const q of questionIdeas(profile, SAMPLE_SETTINGS, { now: NOW })) {
      console.log(
        `  [${THEME_LABELS[q.theme]}]${q.mostImportant ? ' ★' : ''} ${q.text}${q.basis ? `  (from: ${q.basis})` : ''}`,
      );
    }
    console.log('  More ideas:');
    for (const q of questionIdeas(profile, SAMPLE_SETTINGS, { now: NOW, offset: 10, count: 4 }))
      console.log(`  [${THEME_LABELS[q.theme]}] ${q.text}`);
    for (const kind of MESSAGE_KINDS) {
      const c = kind === 'followUp' ? { ...ctx, now: NOW + 100 * DAY, meetingAt: NOW - DAY } : ctx;
      const d = draftMessage(kind, c);
      console.log(`\n--- ${kind} ---`);
      if (d.subject) console.log(`Subject: ${d.subject}\n`);
      console.log(d.body);
    }
  });
