// Keyword classification of titles and organisations. It only recognises what it is sure of
// (mostly English and a few common European and Japanese markers); anything else is
// "unknown", and an unknown never produces a question. Better a generic question than a
// false one ("your move from industry to academia" about someone who never left).

export type Sector = 'academia' | 'industry';
export type Fn = 'data' | 'product' | 'design' | 'engineering' | 'research' | 'teaching' | 'consulting' | 'business';

const ACADEMIC_ORG =
  /universit|hochschule|college|école|escuela|institut|academy of sciences|research (cent|lab)|laborator|大学|研究所/i;
const ACADEMIC_TITLE =
  /\b(postdoc\w*|professor|lecturer|phd (candidate|student|researcher)|doctoral|research (fellow|assistant|associate))\b/i;
const COMPANY_MARK =
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

const SIDE =
  /\b(founder|co-?founder|side project|volunteer\w*|open[- ]source|maintainer|podcast|newsletter|blog\w*|mentor|organi[sz]er|board member|author)\b/i;

export function looksLikeSideProject(
  title: string | null,
  company: string | null,
  description: string | null,
): boolean {
  return SIDE.test([title, company, description].filter(Boolean).join(' '));
}

/** Scripts written without spaces between given and family name, or family name first. */
export function hasEastAsianScript(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
}
