// Keyword classification of titles and organisations. It only recognises what it is sure of
// (mostly English and a few common European and Japanese markers); anything else is
// "unknown", and an unknown never produces a question. Better a generic question than a
// false one ("your move from industry to academia" about someone who never left).

export type Sector = 'academia' | 'industry';
export type Fn = 'data' | 'product' | 'design' | 'engineering' | 'research' | 'teaching' | 'consulting' | 'business';

export const ACADEMIC_ORG =
  /universit|hochschule|college|école|escuela|institut|academy of sciences|research (cent|lab)|laborator|大学|研究所/i;
const ACADEMIC_TITLE =
  /\b(postdoc\w*|professor|lecturer|phd (candidate|student|researcher)|doctoral|research (fellow|assistant|associate))\b/i;
export const COMPANY_MARK =
  /\b(inc|ltd|llc|gmbh|ag|corp|corporation|plc|bv|sas|sarl|s\.?a|oy|ab|as|kk|pty)\b\.?|株式会社|有限会社/i;

const FUNCTIONS: [Fn, RegExp][] = [
  ['data', /\b(data scien\w*|data analyst|machine learning|ml engineer|analytics)\b/i],
  ['product', /\b(product (manager|owner|lead|director|management)|head of product|\bpm\b)/i],
  ['design', /\b(designer|ux|ui|design lead|user research\w*)\b/i],
  ['engineering', /\b(engineer\w*|developer|programmer|software|devops|sre)\b/i],
  ['research', /\b(research\w*|scientist|postdoc\w*|professor|lecturer|phd|doctoral)\b/i],
  ['teaching', /\b(teacher|instructor|tutor)\b/i],
  ['consulting', /\b(consultant|consulting|advisor)\b/i],
  ['business', /\b(sales|marketing|account (manager|executive)|business development|finance|operations manager)\b/i],
];

export function functionOf(title: string | null): Fn | null {
  if (!title) return null;
  for (const [fn, re] of FUNCTIONS) if (re.test(title)) return fn;
  return null;
}

export function sectorOf(title: string | null, company: string | null): Sector | null {
  if ((company && ACADEMIC_ORG.test(company)) || (title && ACADEMIC_TITLE.test(title))) return 'academia';
  if (company && COMPANY_MARK.test(company)) return 'industry';
  // An industry job title at an organisation that is not recognisably academic.
  const fn = functionOf(title);
  if (company && fn && fn !== 'research' && fn !== 'teaching') return 'industry';
  return null;
}

const DOCTORATE = /\b(ph\.?\s?d|d\.?\s?phil|doctor\w*|dr\.?|doktor\w*|sc\.?d)\b|博士/i;

export function isDoctorate(degree: string | null): boolean {
  return degree !== null && DOCTORATE.test(degree);
}

/** What kind of role a position is, which decides how a question may speak of it. */
export type RoleKind =
  | 'founder'
  | 'board'
  | 'advisor'
  | 'volunteer'
  | 'academic'
  | 'student'
  | 'intern'
  | 'freelancer'
  | 'recruiter'
  | 'employee';

// `\b` in a JavaScript pattern only knows ASCII letters, so "étudiant" would never match; this
// builds a case-insensitive pattern whose \b is a boundary between letters of any script.
const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
export const words = (source: string): RegExp => new RegExp(source.replace(/\\b/g, BOUNDARY), 'iu');

// Order matters: "Founder & Board Member" is a founder, "Student Volunteer" a volunteer,
// "Research Intern" an intern, "PhD Student" a student (doctoral students are asked as students).
const ROLE_KINDS: [RoleKind, RegExp][] = [
  [
    'founder',
    words(
      String.raw`\b(co-?\s?founder|founder|founding (partner|member)|fondat(eur|rice)|co-?fondat(eur|rice)|(mit)?gründer(in)?|fundador(a)?|cofundador(a)?)\b|創業者|創設者`,
    ),
  ],
  [
    'board',
    words(
      String.raw`\b(board (member|director|of directors)|member of the (management |supervisory |advisory )?board|non-executive director|co-?chair(man|woman|person)?|chair(man|woman|person)|chair of the board|trustee|administrat(eur|rice)|membre du conseil|aufsichtsrat\w*|vorstand\w*|vorstandsmitglied|consejer[oa]|miembro de la junta)\b|取締役|理事`,
    ),
  ],
  ['advisor', words(String.raw`\b(advis[oe]r\w*|advisory|conseill(er|ère)|berater(in)?|beirat\w*|asesor(a)?)\b|顧問`)],
  ['volunteer', words(String.raw`\b(volunteer\w*|bénévole|ehrenamt\w*|freiwillig\w*|voluntari[oa]\w*)\b|ボランティア`)],
  [
    'intern',
    words(
      String.raw`\b(intern|internship|trainee|stagiaire|praktikant(in)?|werkstudent(in)?|becari[oa]|pasante)\b|インターン`,
    ),
  ],
  [
    'student',
    words(
      String.raw`\b(student|studentin|teaching assistant|étudiant(e)?|estudiante|doctoral candidate|phd candidate|doktorand(in)?|doctorant(e)?|undergraduate)\b|学生|大学院生`,
    ),
  ],
  [
    'academic',
    words(
      String.raw`\b(post-?doc\w*|professor\w*|professeur(e)?|profesor(a)?|lecturer|maître de conférences|principal investigator|research fellow|research group leader|group leader|privatdozent\w*|chercheur|chercheuse|wissenschaftliche[rn]? mitarbeiter\w*|investigador(a)?)\b|教授|准教授|研究員`,
    ),
  ],
  [
    'freelancer',
    words(
      String.raw`\b(freelanc\w*|self-employed|independent consultant|indépendante?|freiberuf\w*|selbstständig\w*|autónom[oa])\b|フリーランス`,
    ),
  ],
  ['recruiter', words(String.raw`\b(recruit\w*|talent acquisition|headhunter|sourcer|recrut\w*|reclut\w*)\b|採用`)],
];
/** "TA" for talent acquisition only in capitals, so the Spanish "ta" or a "ta" in a name never counts. */
const TA = /(^|[\s,|·-])TA([\s,|·-]|$)/;

export function roleKind(title: string | null, company: string | null = null): RoleKind {
  const t = title ?? '';
  for (const [kind, re] of ROLE_KINDS) if (re.test(t)) return kind;
  if (TA.test(t)) return 'recruiter';
  // A title that says nothing, at an organisation that says it: "Volunteer Corps", "… Advisory Board".
  if (company && !t && /\b(volunteer\w*|advisory board)\b/i.test(company)) return 'volunteer';
  return 'employee';
}

/** Roles that are not somebody's main job, so they may run alongside it. */
export const ALONGSIDE_KINDS: ReadonlySet<RoleKind> = new Set(['founder', 'board', 'advisor', 'volunteer']);

const SIDE = /\b(side project|open[- ]source|maintainer|podcast|newsletter|blog\w*|organi[sz]er|author)\b/i;

/** A role that is plainly not a main job: a board seat, an advisory role, volunteering, a side project. */
export function looksLikeSideProject(
  title: string | null,
  company: string | null,
  description: string | null,
): boolean {
  if (ALONGSIDE_KINDS.has(roleKind(title, company)) && roleKind(title, company) !== 'founder') return true;
  return SIDE.test([title, company, description].filter(Boolean).join(' '));
}

/** Scripts written without spaces between given and family name, or family name first. */
export function hasEastAsianScript(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
}
