// Company names in the forms people meet them: "Google", "Google LLC", "GOOGLE, Inc.",
// "Google DeepMind". A key without legal suffixes lets "who do I know at Google" find all.
import { fold } from './fold.ts';

const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'kg',
  'se',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'asa',
  'aps',
  'pty',
  'pte',
  'kk',
  'pvt',
  'private',
  'ug',
  'group',
  'holding',
  'holdings',
]);

/** Folded word tokens of a company name, legal suffixes and punctuation removed. */
export function companyTokens(name: string): string[] {
  // "S.A." and "B.V." → "sa", "bv" before splitting, so their letters do not become tokens.
  const words = fold(name)
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // Strip suffixes only from the end, and never strip the whole name ("The Company").
  // "GmbH & Co. KG": an "and" between two suffixes goes too.
  let stripped = false;
  while (words.length > 1) {
    const last = words[words.length - 1]!;
    if (!LEGAL_SUFFIXES.has(last) && !(stripped && last === 'and')) break;
    words.pop();
    stripped = true;
  }
  return words;
}

/** A stable key for grouping: "Google LLC" and "google" share "google". */
export function companyKey(name: string): string {
  return companyTokens(name).join(' ');
}

export type CompanyMatch = 'same' | 'related' | 'none';

/**
 * How a company relates to a query: "same" when the keys are equal, "related" when the
 * query's tokens begin the name's tokens ("google" → "google deepmind") or appear in it as
 * a run of word prefixes ("deepmind" → "google deepmind"), else "none".
 */
export function matchCompany(query: string[], company: string[]): CompanyMatch {
  if (!query.length || !company.length) return 'none';
  if (query.length === company.length && query.every((t, i) => t === company[i])) return 'same';
  for (let start = 0; start + query.length <= company.length; start++) {
    if (query.every((t, i) => company[start + i]!.startsWith(t))) return 'related';
  }
  return 'none';
}
