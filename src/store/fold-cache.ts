// `fold` (lib/fold.ts) for the store's hot loops: imports fold a name and a company per row, and
// the search index folds every word of 30,000 contacts and 100,000 notes. The results are
// exactly fold's: ASCII text only needs lower-casing (NFKD leaves it as is and it has no marks),
// and repeated words are answered from a bounded memo.
import { fold } from '../lib/fold.ts';

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** fold(text), without Unicode normalisation when the text is plain ASCII. */
export function quickFold(text: string): string {
  return isAscii(text) ? text.toLowerCase() : fold(text);
}

/** A memoised fold for repeated words (terms of a search index, company names of an import). */
export class FoldMemo {
  private readonly memo = new Map<string, string>();

  constructor(private readonly max = 50_000) {}

  fold(text: string): string {
    let hit = this.memo.get(text);
    if (hit === undefined) {
      hit = quickFold(text);
      // A vocabulary larger than `max` words starts over rather than growing without bound.
      if (this.memo.size >= this.max) this.memo.clear();
      this.memo.set(text, hit);
    }
    return hit;
  }
}
