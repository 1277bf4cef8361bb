// How many documents hold each indexed word, and so roughly how many hold a prefix: lets the
// search start from its rarest word (search.ts). MiniSearch keeps this in its term tree but not
// in its public API, so we count for ourselves, as MiniSearch indexes: its processTerm sees every
// word of every field of a document being added, and nothing is tokenised twice.
//
// The counts only grow until the index is rebuilt: a contact edited or removed keeps its old
// words counted (MiniSearch's discard does not say which words they were). They choose the order
// of work, never what is found, so a count that is a little high costs at most a little speed.

interface Entry {
  /** Documents seen with this word (in any field). */
  docs: number;
  /** The last document counted, so a word repeated in one document counts once. */
  lastDoc: number;
}

export class TermCounts {
  private readonly entries = new Map<string, Entry>();
  /** Every word, sorted, so the words under a prefix are one contiguous run. */
  private sorted: string[] = [];
  /** Words first seen since `sorted` was last brought up to date. */
  private fresh: string[] = [];
  private doc = 0;
  private counting = false;

  /** Counts the words `processTerm` sees while `add` runs (MiniSearch indexing one document). */
  whileAdding(add: () => void): void {
    this.doc++;
    this.counting = true;
    try {
      add();
    } finally {
      this.counting = false;
    }
  }

  /** Wraps MiniSearch's processTerm: passes every term through, counting those of a document being added. */
  see(term: string): void {
    if (!this.counting) return;
    const e = this.entries.get(term);
    if (!e) {
      this.entries.set(term, { docs: 1, lastDoc: this.doc });
      this.fresh.push(term);
    } else if (e.lastDoc !== this.doc) {
      e.docs++;
      e.lastDoc = this.doc;
    }
  }

  /**
   * Documents under `prefix`, summed over its words (a document with two such words counts
   * twice). Stops counting at `enough`: the caller only wants to know whether it is below that.
   */
  atPrefix(prefix: string, enough = Number.POSITIVE_INFINITY): number {
    this.merge();
    let count = 0;
    for (let i = this.lowerBound(prefix); i < this.sorted.length; i++) {
      const term = this.sorted[i]!;
      if (!term.startsWith(prefix)) break;
      count += this.entries.get(term)!.docs;
      if (count >= enough) break;
    }
    return count;
  }

  /** Sorts the words first seen since the last query into the sorted list (after a build: all of them, once). */
  private merge(): void {
    if (!this.fresh.length) return;
    const fresh = this.fresh.sort();
    this.fresh = [];
    if (!this.sorted.length) {
      this.sorted = fresh;
      return;
    }
    const old = this.sorted;
    const out = new Array<string>(old.length + fresh.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < old.length && j < fresh.length) out[k++] = old[i]! < fresh[j]! ? old[i++]! : fresh[j++]!;
    while (i < old.length) out[k++] = old[i++]!;
    while (j < fresh.length) out[k++] = fresh[j++]!;
    this.sorted = out;
  }

  /** The first position in `sorted` whose word is not before `prefix`. */
  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
