// The search for one- and two-letter words, the first keystrokes of every search. Such a prefix
// matches thousands of contacts (every name or company with a word starting "a"), and MiniSearch
// builds a result object, a match record and a Map entry per matching document, then sorts them
// all: ~15 ms at 30,000 contacts, most of a frame. This index answers the same query from the
// name and company words alone, with the scores accumulated in a typed array.
//
// The ranking is MiniSearch's, computed the same way (see `ContactSearch.search` for the query it
// replaces): BM25+ per field (k 1.2, b 0.7, d 0.5) with the name boosted 4 and the company 3, a
// prefix match weighted 0.375 · len / (len + 0.3 · extra letters), an exact word weighted 1, every
// word of the query required and the sum multiplied by the number of distinct query words.
// Equal scores come in the order the contacts were added (MiniSearch's order there depends on
// its term tree's layout). search.test.ts checks the scores against MiniSearch's.
import type { SearchDoc } from './search-doc.ts';

/** MiniSearch's tokenizer: runs of spaces, line breaks and punctuation separate words. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
const FIELDS = ['name', 'company'] as const;
const BOOST = [4, 3];
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;

export interface PrefixHit {
  id: string;
  score: number;
  fields: string[];
}

/**
 * The documents containing a word in one field, with how often it occurs there: flat pairs
 * [document, count, document, count, …] in document order (a fraction of a Map's memory).
 */
type Postings = number[];

/** Where document `n` is in `postings`, or -1 (documents are in ascending order). */
function find(postings: Postings, n: number): number {
  let lo = 0;
  let hi = postings.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = postings[mid * 2]!;
    if (at === n) return mid * 2;
    if (at < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export class NamePrefixIndex {
  /** By document number (in the order added; a replaced contact gets a new number). */
  private readonly ids: (string | undefined)[] = [];
  private readonly stages: string[] = [];
  /** Per field: the number of distinct tokens per document (MiniSearch's field length). */
  private readonly lengths: number[][] = [[], []];
  private readonly totalLength = [0, 0];
  private readonly numberOf = new Map<string, number>();
  /** Per field: word → documents. */
  private readonly postings: Map<string, Postings>[] = [new Map(), new Map()];
  /** First letter, and first two letters → the words starting with them. */
  private readonly byPrefix = new Map<string, Set<string>>();
  /** Per document: its words, to take it out again. */
  private readonly wordsOf: string[][] = [];
  private scores = new Float64Array(1024);
  private matched = new Uint16Array(1024);
  private fieldMask = new Uint8Array(1024);

  constructor(private readonly processTerm: (term: string) => string | null) {}

  get size(): number {
    return this.numberOf.size;
  }

  has(id: string): boolean {
    return this.numberOf.has(id);
  }

  add(doc: SearchDoc): void {
    if (this.numberOf.has(doc.id)) this.remove(doc.id);
    const n = this.ids.length;
    this.ids.push(doc.id);
    this.stages.push(doc.stage);
    this.numberOf.set(doc.id, n);
    const own: string[] = [];
    FIELDS.forEach((field, f) => {
      const tokens = doc[field].split(SPACE_OR_PUNCTUATION);
      const length = new Set(tokens).size;
      this.lengths[f]![n] = length;
      this.totalLength[f]! += length;
      for (const token of tokens) {
        const word = this.processTerm(token);
        if (!word) continue;
        const docs = this.postings[f]!.get(word);
        // This document is the newest: if it has the word already, it is the last pair.
        if (docs?.[docs.length - 2] === n) docs[docs.length - 1]!++;
        else if (docs) docs.push(n, 1);
        else {
          if (!this.postings[1 - f]!.has(word)) this.index(word);
          this.postings[f]!.set(word, [n, 1]);
        }
        own.push(word);
      }
    });
    this.wordsOf[n] = own.slice(); // without the spare room push left
  }

  remove(id: string): void {
    const n = this.numberOf.get(id);
    if (n === undefined) return;
    this.numberOf.delete(id);
    this.ids[n] = undefined;
    FIELDS.forEach((_, f) => {
      this.totalLength[f]! -= this.lengths[f]![n]!;
    });
    for (const word of this.wordsOf[n]!) {
      FIELDS.forEach((_, f) => {
        const docs = this.postings[f]!.get(word);
        const at = docs ? find(docs, n) : -1;
        if (at < 0) return;
        docs!.splice(at, 2);
        if (docs!.length) return;
        this.postings[f]!.delete(word);
        if (!this.postings[1 - f]!.has(word)) this.unindex(word);
      });
    }
    this.wordsOf[n] = [];
  }

  private index(word: string): void {
    for (const p of [word.slice(0, 1), word.slice(0, 2)]) {
      const words = this.byPrefix.get(p);
      if (words) words.add(word);
      else this.byPrefix.set(p, new Set([word]));
    }
  }

  private unindex(word: string): void {
    for (const p of [word.slice(0, 1), word.slice(0, 2)]) {
      const words = this.byPrefix.get(p);
      words?.delete(word);
      if (words?.size === 0) this.byPrefix.delete(p);
    }
  }

  /**
   * Contacts with, for every one of `terms` (folded, one or two letters each), a name or company
   * word starting with it; best first, at most `limit`, only those at `stage` when given.
   */
  search(terms: readonly string[], opts: { limit: number; stage?: string | undefined }): PrefixHit[] {
    const distinct = [...new Set(terms)];
    if (distinct.some((t) => !t || t.length > 2)) throw new Error('NamePrefixIndex: one- or two-letter words only');
    if (!distinct.length) return [];
    const count = this.numberOf.size;
    const size = this.ids.length;
    if (this.scores.length < size) {
      this.scores = new Float64Array(size * 2);
      this.matched = new Uint16Array(size * 2);
      this.fieldMask = new Uint8Array(size * 2);
    }
    const { scores, matched, fieldMask } = this;
    const touched: number[] = [];
    distinct.forEach((term, t) => {
      // A word repeated in the query counts as often as it is typed (MiniSearch adds each).
      const times = terms.filter((x) => x === term).length;
      for (const word of this.byPrefix.get(term) ?? []) {
        const weight =
          word.length === term.length
            ? 1
            : (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (word.length - term.length));
        FIELDS.forEach((_, f) => {
          const docs = this.postings[f]!.get(word);
          if (!docs) return;
          const df = docs.length / 2;
          const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
          const avg = this.totalLength[f]! / count;
          const lengths = this.lengths[f]!;
          const boost = times * weight * BOOST[f]!;
          for (let i = 0; i < docs.length; i += 2) {
            const n = docs[i]!;
            const tf = docs[i + 1]!;
            if (opts.stage && this.stages[n] !== opts.stage) continue;
            if (matched[n] === t) {
              if (t === 0) touched.push(n);
              matched[n] = t + 1;
            } else if (matched[n] !== t + 1) continue; // missed an earlier word: cannot be a hit
            const norm = 1 - BM25.b + (BM25.b * lengths[n]!) / avg;
            scores[n]! += boost * idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * norm));
            fieldMask[n]! |= 1 << f;
          }
        });
      }
    });
    const hits = touched.filter((n) => matched[n] === distinct.length);
    hits.sort((a, b) => scores[b]! - scores[a]! || a - b);
    const out = hits.slice(0, opts.limit).map((n) => ({
      id: this.ids[n]!,
      score: scores[n]! * distinct.length,
      fields: FIELDS.filter((_, f) => fieldMask[n]! & (1 << f)),
    }));
    for (const n of touched) {
      scores[n] = 0;
      matched[n] = 0;
      fieldMask[n] = 0;
    }
    return out;
  }
}
