// English question ideas and email sentences. Names, titles and organisations are inserted as
// written; the helpers below add only what English grammar needs around them ("at the
// University of Eastbrook", but "at Acme"). Every other language implements the same shape.

import { listWords } from '../../lib/list-words.ts';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const NUMBERS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );

// "the" before names that are a common noun plus "of"/"for": the University of X, the Institute for Y.
const NEEDS_THE =
  /^(university|institute|college|school|academy|museum|bank|ministry|department|office|centre|center|council|society|faculty|library|hospital|foundation|laboratory|agency|commission|court|national|royal|federal|state) (.+ )?(of|for)\b|^(european (commission|parliament|central bank|space agency)|united nations|world (bank|health organization))\b| (foundation|institute|trust|society|council|museum|agency|commission|observatory)$/i;

export const org = (name: string): string => (NEEDS_THE.test(name) ? `the ${name}` : name);
export const at = (name: string): string => `at ${org(name)}`;
const list = (xs: string[]): string => listWords(xs);
const years = (n: number): string => `${NUMBERS[n] ?? n} ${n === 1 ? 'year' : 'years'}`;
const date = (d: string): string => {
  const m = /^(\d{4})-(\d{2})$/.exec(d.trim());
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : d.trim().slice(0, 4);
};
/** "Data Scientist at Acme", "your role at Acme", "Data Scientist". */
const roleAt = (title: string | null, company: string | null): string =>
  title && company
    ? `${title} ${at(company)}`
    : (title ?? (company ? `your role ${at(company)}` : 'your current role'));
/** After "from": "your time as Postdoc at X", "your time at X". */
const pastRole = (title: string | null, company: string | null): string =>
  title && company ? `${title} ${at(company)}` : title ? title : `your time ${at(company ?? '')}`;
const paper = (title: string) => `“${title.replace(/[.。]$/, '')}”`;

export const EN = {
  org,
  at,
  list,
  years,
  date,
  questions: {
    move: (fromT: string | null, fromC: string | null, t: string | null, c: string | null) =>
      `What led you from ${pastRole(fromT, fromC)} to ${roleAt(t, c)}?`,
    orgMove: (fromC: string, c: string) => `What made you move from ${org(fromC)} to ${org(c)}?`,
    returned: (c: string) => `What brought you back to ${org(c)}?`,
    afterAcademia: () => 'What surprised you most about working in industry after academia?',
    afterIndustry: () => 'What do you find different about academic work after your time in industry?',
    backTo: (sector: 'academia' | 'industry', via: string) =>
      sector === 'academia'
        ? `You went back to academia after your time ${at(via)}: what drew you back?`
        : `You returned to industry after your time ${at(via)}: what made you go back?`,
    carryOver: (fromT: string | null, fromC: string | null, t: string) =>
      `Which skills from ${fromT ? `your time as ${fromT}` : `your time ${at(fromC ?? '')}`} still help you in your work as ${t}?`,
    similarMove: () => 'What would you tell someone hoping to make a similar move?',
    firstJob: (school: string, c: string | null, t: string | null) =>
      `How did you go from your studies ${at(school)} to your first job${c ? ` ${at(c)}` : t ? ` as ${t}` : ''}?`,
    country: (from: string, to: string) =>
      `What was it like to move from ${from} to ${to} for work, and what surprised you?`,
    tenure: (c: string, n: number) => `You have been ${at(c)} for ${years(n)}: what has kept you there?`,
    tenureChange: (c: string) => `How has ${org(c)} changed since you joined?`,
    shortStints: (orgs: string[]) =>
      `You worked at ${list(orgs.map(org))} in quick succession: what did each move teach you?`,
    founded: (c: string) => `What made you start ${org(c)}, and what was hardest in the first year?`,
    foundedBefore: (c: string) => `What did founding ${org(c)} teach you that you still use today?`,
    founderTeam: (c: string) => `How did you go about building the team ${at(c)}?`,
    returnToStudy: (what: string, school: string | null) =>
      `After some years of work you went back to study (${what}${school ? `, ${school}` : ''}): what led to that decision?`,
    studyChange: (field: string, t: string) => `How did you get from studying ${field} to your work as ${t}?`,
    degree: (what: string) => `How useful has your degree (${what}) been in your work?`,
    doctorate: (what: string, c: string | null) =>
      `How much does your doctorate (${what}) shape your day-to-day work${c ? ` ${at(c)}` : ''}?`,
    adviceDoctorate: (field: string | null) =>
      `Would you recommend a doctorate to someone heading into ${field ?? 'your field'}?`,
    skills: (a: string, b: string) =>
      `Of ${a} and ${b}, which do you rely on most, and which did you have to learn on the job?`,
    standoutSkill: (skill: string, t: string) =>
      `Your profile lists ${skill} next to your work as ${t}: where does it come into your work?`,
    topicApplied: (subject: string, domain: string) => `How is ${subject} changing ${domain}?`,
    topicInterest: (subject: string) =>
      `What got you interested in ${subject}, and where does it show up in your work?`,
    topicActivity: (what: string) => `What does ${what} look like in practice for you?`,
    topic: (subject: string) => `What is changing fastest in ${subject} right now?`,
    focus: (phrase: string) => `You write that you focus on ${phrase}: what does that look like in practice?`,
    interests: (a: string, b: string | null) =>
      `Among your research interests, ${b ? `${a} and ${b}` : a}: which open question excites you most right now?`,
    topics: (a: string, b: string | null) =>
      `How did you come to work on ${b ? `${a} and ${b}` : a}, and what would you read first to get into it?`,
    paper: (title: string) => `How did your paper ${paper(title)} come about, and what would you do differently today?`,
    paperSince: (title: string) => `What has happened in that line of work since ${paper(title)}?`,
    student: (school: string | null) =>
      `What are you focusing on in your studies${school ? ` ${at(school)}` : ''}, and what do you hope to do next?`,
    studentPlace: (school: string) => `What would you tell someone thinking of studying ${at(school)}?`,
    intern: (c: string | null) => `What has your internship${c ? ` ${at(c)}` : ''} taught you so far?`,
    postdoc: () => 'What are you working on in your postdoc, and what would you like to do after it?',
    professor: () => 'How do you choose the questions your group works on?',
    researchNow: () => 'What are you working on at the moment, and how did you come to that question?',
    academicWeek: () => 'How do you divide your week between research, teaching and everything else?',
    freelancer: () => 'How do you find your clients, and what made you decide to work independently?',
    recruiter: (c: string | null) => `What makes a candidate stand out to you when you hire${c ? ` ${at(c)}` : ''}?`,
    sideBoard: (c: string) => `What does your seat on the board of ${org(c)} involve, and what has it taught you?`,
    sideAdvisor: (c: string) => `What kind of questions do you help ${org(c)} with as an advisor?`,
    sideVolunteer: (c: string) =>
      `What does your volunteer work with ${org(c)} involve, and how do you make time for it?`,
    sideFounder: (c: string) => `What led you to start ${org(c)} alongside your main work?`,
    sideFounderFirst: (c: string) =>
      `You started ${org(c)} before your current role: how do the two fit together today?`,
    sideOther: (t: string | null, c: string | null) =>
      `How do you fit ${t ? `your role as ${t}${c ? ` (${c})` : ''}` : `your work with ${org(c ?? '')}`} alongside your main job?`,
    sideOrigin: (t: string | null, c: string | null) =>
      `What got you started ${c ? `with ${org(c)}` : `as ${t}`}, and what has it taught you?`,
    culture: (c: string) => `What is the culture like ${at(c)}, and how are teams organised?`,
    orgFuture: (c: string) => `Where do you see ${org(c)} heading over the next few years?`,
    hindsight: (c: string) => `What do you wish you had known before joining ${org(c)}?`,
    recent: (c: string | null, when: string) =>
      `What drew you to ${c ? org(c) : 'your current role'} when you made the change in ${date(when)}?`,
    recentSurprise: () => 'What has surprised you since you started in your current role?',
    week: (t: string) => `What does a typical week look like in your work as ${t}?`,
  },
  general: {
    who: 'Who else would you suggest I talk to?',
    adviceField: (field: string) => `What advice would you give someone trying to move into ${field}?`,
    adviceBackground: (position: string) =>
      `Given my background (${position}), what would you lean on, and what would you work on first?`,
    'training:background': 'What training or education prepared you for your role?',
    'work:role': 'What does your work involve day to day?',
    'organisation:kind': 'What kind of organisation do you work in, and how is it set up?',
    'training:key-skills': 'Which skills matter most in your work?',
    'origin:drew': 'What first drew you to this line of work?',
    'origin:moment': 'Was there a moment or a person that set you on this path?',
    'origin:again': 'If you were starting out today, would you take the same route in?',
    'work:enjoy': 'Which parts of your work do you enjoy most, and which least?',
    'work:problems': 'What problems are you most focused on right now?',
    'work:success': 'What does doing your job well look like?',
    'future:change': 'How do you see your field changing over the next five years?',
    'future:watch': 'Which developments in your field are you watching most closely?',
    'future:roles': 'Which kinds of roles do you expect to grow, and which to fade?',
    'training:surprise': 'Which skills turned out to matter more than you expected?',
    'training:again': 'What would you learn first if you were starting again?',
    'organisation:hiring': 'What do people who do well in your organisation have in common?',
    'advice:mistakes': 'What do newcomers to your field most often get wrong?',
    'advice:six-months': 'If you were in my position, how would you spend the next six months?',
    'next:communities': 'Are there groups, events or communities I should know about?',
    'next:mention': 'Would you be comfortable with me mentioning your name when I get in touch with them?',
  },
  /** One sentence for the email and the connection note: the one concrete thing about them. */
  highlight: {
    move: (from: string, to: string) => `I noticed you went from ${from} to ${to}.`,
    orgMove: (from: string, to: string) => `I noticed you joined ${org(to)} after your time ${at(from)}.`,
    doctorate: (what: string, now: string) => `I noticed you went from a doctorate (${what}) to ${now}.`,
    paper: (title: string) => `I came across your paper ${paper(title)}.`,
    research: (a: string, b: string | null) => `Your research on ${b ? `${a} and ${b}` : a} caught my eye.`,
    topic: (source: string) => `Your work on ${source} caught my eye.`,
    focus: (phrase: string) => `I noticed you focus on ${phrase}.`,
    founded: (c: string) => `I was interested to see that you founded ${org(c)}.`,
    side: (now: string, side: string) =>
      `Your work as ${now} caught my eye, and so did your role as ${side} alongside it.`,
    board: (now: string, c: string) =>
      `Your work as ${now} caught my eye, and so did your seat on the board of ${org(c)}.`,
    tenure: (c: string, n: number) => `I noticed you have been ${at(c)} for ${years(n)}.`,
    country: (from: string, to: string) => `I was interested to see your move from ${from} to ${to}.`,
    role: (now: string) => `Your work as ${now} caught my eye.`,
    org: (c: string) => `Your work ${at(c)} caught my eye.`,
    roleAt: (t: string | null, c: string | null) => (t && c ? `${t} ${at(c)}` : (t ?? (c ? org(c) : ''))),
  },
  /** Completes "I'd love to hear …" (the English templates). */
  learn: {
    move: 'what made you change course, and what helped most',
    orgMove: (c: string) => `what made you move to ${org(c)}, and how the work there compares`,
    doctorate: 'how your doctoral training carries over into your work today',
    research: 'how your research questions took shape, and where the field is going',
    founded: 'what starting out on your own taught you',
    student: 'how you chose your studies and what you plan next',
    role: 'what your work involves day to day and how you got there',
    none: 'how you found your way into your field',
    short: 'about your path',
  },
};

export type Phrases = typeof EN;
