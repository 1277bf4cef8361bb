// Reading the free text of a profile: the headline's parts (roles, organisations, topics) and
// the focus an About states. Recognises only what it is sure of; a part it cannot place is
// dropped rather than pasted into a question ("NLP Python BERT" is a keyword list, not a topic).

import { ACADEMIC_ORG, COMPANY_MARK, hasEastAsianScript, roleKind, words } from '../domain/classify.ts';

export interface Topic {
  /** The subject as written in the headline, e.g. "Gen AI". */
  subject: string;
  /** What it is applied to, when the headline says so: "Gen AI in Finance" → "Finance". */
  domain: string | null;
  /** "… Enthusiast", "passionate about …": a declared interest rather than a field of work. */
  interest: boolean;
  /** The headline part it comes from, shown as the basis. */
  source: string;
}

export interface HeadlineParts {
  roles: string[];
  organisations: string[];
  topics: Topic[];
}

const SEPARATORS = /\s*(?:\|+|｜|·|•|,|、|;|\s[-–—]\s)\s*/u;
const NOISE = words(
  String.raw`\b(hiring|we'?re hiring|join us|come and|open to|looking for|seeking|available for|dm me|ask me|followers?|top voice|certified|certification|league|badge|award|winner|ranked|\d+x)\b`,
);
const TITLE_WORDS = words(
  String.raw`マネージャー|エンジニア|サイエンティスト|デザイナー|アナリスト|コンサルタント|責任者|社長|部長|課長|研究員|教授|代表|\b(lead|leader|head|manager|director|engineer|developer|scientist|analyst|consultant|specialist|officer|architect|designer|researcher|professor|lecturer|founder|co-?founder|ceo|cto|cfo|coo|vp|president|partner|owner|intern|student|teacher|coordinator|associate|assistant|executive|strategist|advisor|adviser|expert|programmer|dev|recruiter|postdoc|fellow|editor|writer|journalist|quant|product manager|pm)\b`,
);
const DEGREE = words(
  String.raw`\b(ph\.?\s?d|msc|m\.sc|bsc|b\.sc|mba|ma|ba|meng|beng|llm|md|dr|doktor|master'?s?|bachelor'?s?)\b`,
);
const FUNCTION_WORDS = words(String.raw`\b(in|of|and|for|with|to|at|on|the|&|y|et|und|für|de|en|du|des|der|die|das)\b`);
const INTEREST = words(String.raw`^(.+?)\s+(enthusiast|lover|evangelist|fan|aficionado|nerd|geek)$`);
const PASSION = words(String.raw`^(passionate about|passionné(e)? par|interested in|curious about|into)\s+(.+)$`);
const APPLIED = words(String.raw`^(.+?)\s+(in|for|pour|dans|für|im|in der|en|para)\s+(.+)$`);

/** Splits at " | ", " · ", " @ ", "," and the like; "Engineer at Acme" gives the role and the organisation. */
export function headlineParts(headline: string | null, knownOrgs: string[] = []): HeadlineParts {
  const out: HeadlineParts = { roles: [], organisations: [], topics: [] };
  if (!headline?.trim()) return out;
  const orgs = knownOrgs.map((o) => o.toLowerCase());
  const raw = headline
    .replace(/\p{Extended_Pictographic}|\uFE0F/gu, ' ')
    .replace(/\s*@\s*/g, ' @ ')
    .split(SEPARATORS)
    .map((x) => x.trim())
    .filter(Boolean);
  for (const part of raw) {
    const at = /^(.+?)\s+(?:at|@|chez|bei|en)\s+(.+)$/iu.exec(part);
    if (at && (TITLE_WORDS.test(at[1]!) || roleKind(at[1]!) !== 'employee')) {
      out.roles.push(at[1]!.trim());
      out.organisations.push(at[2]!.trim());
      continue;
    }
    if (orgs.includes(part.toLowerCase()) || ACADEMIC_ORG.test(part) || COMPANY_MARK.test(part)) {
      out.organisations.push(part);
      continue;
    }
    if (NOISE.test(part) || DEGREE.test(part)) continue;
    if ((TITLE_WORDS.test(part) || roleKind(part) !== 'employee') && !INTEREST.test(part)) {
      out.roles.push(part);
      continue;
    }
    const topic = topicOf(part);
    if (topic) out.topics.push(topic);
  }
  return out;
}

function topicOf(part: string): Topic | null {
  if (/[!?+/]/.test(part) || /\d/.test(part)) return null;
  // Japanese, Chinese and Korean write a topic without spaces: "需要予測・因果推論".
  if (hasEastAsianScript(part))
    return part.length >= 4 && part.length <= 24
      ? { subject: part, domain: null, interest: false, source: part }
      : null;
  const tokens = part.split(/\s+/);
  if (tokens.length > 7 || !/\p{L}{2}/u.test(part)) return null;
  // Codes and names in capitals ("AWS SAA"), and lone words ("Python", "Leadership"): too little to ask about.
  if (tokens.length < 2 || tokens.every((t) => /^\p{Lu}{2,}$/u.test(t))) return null;
  const interest = INTEREST.exec(part);
  if (interest) return { subject: interest[1]!, domain: null, interest: true, source: part };
  // Three or more capitalised tokens with no small word between them: a keyword list.
  if (tokens.length >= 3 && !tokens.some((t) => FUNCTION_WORDS.test(t)) && tokens.every((t) => /^\p{Lu}/u.test(t)))
    return null;
  const passion = PASSION.exec(part);
  if (passion) return { subject: passion.at(-1)!, domain: null, interest: true, source: part };
  const applied = APPLIED.exec(part);
  if (applied) return { subject: applied[1]!, domain: applied.at(-1)!, interest: false, source: part };
  return { subject: part, domain: null, interest: false, source: part };
}

// Abbreviations a curious newcomer would spell out.
const SPELLED: [RegExp, string][] = [
  [/\bgen\s?ai\b/i, 'generative AI'],
  [/\bml\b/i, 'machine learning'],
  [/\bnlp\b/i, 'natural language processing'],
  [/\bllms?\b/i, 'large language models'],
  [/\bfintech\b/i, 'fintech'],
];
// Words that keep their capital in running English text.
const PROPER = new Set(
  'AI Python Java JavaScript TypeScript Excel Google Amazon Microsoft Azure AWS React Linux Rust Go Kubernetes SAP Salesforce Europe European Africa African Asia Asian America American English French German Spanish Japanese Chinese'.split(
    ' ',
  ),
);

/** "Gen AI" → "generative AI", "Finance & Investment Services" → "finance and investment services" (English only). */
export function naturalEnglish(phrase: string): string {
  let p = phrase.trim();
  for (const [re, full] of SPELLED) p = p.replace(re, full);
  return p
    .split(/\s+/)
    .map((w) => (w === '&' ? 'and' : /^\p{Lu}\p{Ll}+$/u.test(w) && !PROPER.has(w) ? w.toLowerCase() : w))
    .join(' ');
}

const FOCUS: RegExp[] = [
  /\b(?:i (?:focus|concentrate) on|i(?:'m| am) focused on|focus(?:ed|ing)? on|i speciali[sz]e in|speciali[sz](?:ing|ed) in|my (?:research|work) (?:focuses on|is on|centres on|centers on|explores|looks at)|i work on|i(?:'m| am) passionate about|passionate about)\s+([^.;:!?\n]+)/i,
  words(
    String.raw`\b(?:je me concentre sur|je me consacre à|spécialisée? (?:en|dans)|mes recherches portent sur|je travaille sur|passionnée? par)\s+([^.;:!?\n]+)`,
  ),
  words(
    String.raw`\b(?:mein Schwerpunkt liegt auf|meine Schwerpunkte sind|spezialisiert auf|ich beschäftige mich mit|ich konzentriere mich auf|meine Forschung befasst sich mit)\s+([^.;:!?\n]+)`,
  ),
  words(
    String.raw`\b(?:me especializo en|especializad[oa] en|me centro en|mi investigación se centra en|me dedico a|apasionad[oa] por)\s+([^.;:!?\n]+)`,
  ),
];

/** The focus an About states ("I focus on …"), cut to a short phrase, or null. */
export function aboutFocus(about: string | null): { phrase: string; source: string } | null {
  if (!about?.trim()) return null;
  for (const re of FOCUS) {
    const m = re.exec(about);
    if (!m?.[1]) continue;
    let phrase = m[1].trim().replace(/\s+/g, ' ');
    const w = phrase.split(' ');
    if (w.length > 10) phrase = (phrase.split(/,| and | et | und | y /)[0] ?? '').trim();
    if (phrase.split(' ').length > 12 || phrase.length < 4) continue;
    return { phrase, source: m[0].trim().replace(/\s+/g, ' ') };
  }
  return null;
}
