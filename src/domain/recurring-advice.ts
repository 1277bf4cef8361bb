// Advice that recurs across interviews, found with plain local text processing (nothing is
// sent anywhere): each takeaway line is one piece of advice; its content words (stop words
// dropped, accents and case folded, a light stem) and their adjacent pairs are its "phrases";
// a phrase said in two or more different interviews makes a group. Two-word phrases are
// preferred over single words, and a group adds nothing when a larger one already holds all its
// advice.
import { fold } from '../lib/fold.ts';

export interface Advice {
  text: string;
  /** What it came from: one interview (advice from the same chat never counts as recurring). */
  interviewId: string;
  contactName: string;
  at: number;
}

export interface AdviceGroup {
  /** The shared words, as typed in the first piece of advice that used them. */
  phrase: string;
  advice: Advice[];
}

const STOP = new Set(
  `a an the and or but if so of to in on at by for with from as is are was were be been being it its this that these those
  i me my you your he she they them their we our us do does did done have has had not no yes very more most much many
  can could should would will just also about into over than then there here what which who whom how when where why
  get got make made really some any all one two lot lots thing things way ways like said says say told tell`
    .split(/\s+/)
    .filter(Boolean),
);

/** A light stem, enough for "networks"/"networking"/"network" to meet. */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Content words of a text: [stemmed key, the word as written]. */
export function contentWords(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const written = m[0];
    const key = fold(written).replace(/['’]s?$/u, '');
    if (key.length < 3 || STOP.has(key) || /^\d+$/.test(key)) continue;
    out.push([stem(key), written]);
  }
  return out;
}

/** Takeaways as separate pieces of advice: one per line (bullets dropped). */
export function adviceLines(takeaways: string): string[] {
  return takeaways
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter((l) => l.length > 0);
}

function phrasesOf(text: string): Map<string, string> {
  const words = contentWords(text);
  const out = new Map<string, string>();
  words.forEach(([k, w], i) => {
    if (!out.has(k)) out.set(k, w);
    const next = words[i + 1];
    if (next) {
      const key = `${k} ${next[0]}`;
      if (!out.has(key)) out.set(key, `${w} ${next[1]}`);
    }
  });
  return out;
}

/** Groups of advice sharing a word or phrase, from at least `minInterviews` different interviews; biggest first. */
export function recurringAdvice(advice: Advice[], minInterviews = 2): AdviceGroup[] {
  const byPhrase = new Map<string, { phrase: string; items: Set<number> }>();
  advice.forEach((a, i) => {
    for (const [key, written] of phrasesOf(a.text)) {
      const g = byPhrase.get(key) ?? { phrase: written, items: new Set<number>() };
      g.items.add(i);
      byPhrase.set(key, g);
    }
  });
  const interviewsOf = (items: Set<number>) => new Set([...items].map((i) => advice[i]!.interviewId)).size;
  const candidates = [...byPhrase.entries()]
    .filter(([, g]) => interviewsOf(g.items) >= minInterviews)
    .sort(
      ([ka, a], [kb, b]) =>
        interviewsOf(b.items) - interviewsOf(a.items) ||
        kb.split(' ').length - ka.split(' ').length ||
        b.items.size - a.items.size ||
        ka.localeCompare(kb),
    );
  const groups: { phrase: string; items: Set<number> }[] = [];
  for (const [, g] of candidates) {
    // Nothing new: every piece of advice it holds is already in one group that was kept.
    if (groups.some((kept) => [...g.items].every((i) => kept.items.has(i)))) continue;
    groups.push(g);
  }
  return groups.map((g) => ({
    phrase: g.phrase.toLowerCase(),
    advice: [...g.items].map((i) => advice[i]!).sort((a, b) => a.at - b.at),
  }));
}
