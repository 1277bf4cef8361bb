// In-memory search over contacts, built once per page and kept current from the change
// broadcast. Searching IndexedDB directly cannot rank or prefix-match across fields, and at
// 30,000 contacts a keystroke has one frame (16 ms); MiniSearch's radix tree answers in a few ms.
//
// Indexing 30,000 contacts and 100,000 notes takes seconds, so a page must not build the index
// before its first screen, nor in one piece. The pattern (see `npm run bench`,
// store.search-index-build.*):
//
//   const all = await db.getAll('contacts');            // after the first screen is shown
//   const search = ContactSearch.inBackground(all, { signal });
//   search.attach(db, signal);                          // changes meanwhile are applied, and win
//   await search.ready;                                 // indexing yields to the page every ~10 ms
//   setSearch(search);                                  // or use it at once: until `complete`,
//                                                       // hits come from the part indexed so far
//
// `ContactSearch.build(db)` is the same in one call; `fromContacts` indexes synchronously
// (tests, small lists, workers).
import MiniSearch from 'minisearch';
import type { Contact, Stage } from '../domain/contact.ts';
import { fold } from '../lib/fold.ts';
import { onStoreChange } from './changes.ts';
import { type CompanyHit, CompanyIndex } from './company-index.ts';
import { allContacts, getContact } from './contacts.ts';
import { FoldMemo } from './fold-cache.ts';
import { NamePrefixIndex } from './name-prefix.ts';
import type { DB } from './schema.ts';
import { type SearchDoc, toSearchDoc } from './search-doc.ts';
import { TermCounts } from './term-counts.ts';

export type { CompanyHit } from './company-index.ts';

export interface SearchHit {
  id: string;
  score: number;
  /** Which fields matched, e.g. ["name", "company"], to highlight the reason. */
  fields: string[];
}

const FIELDS: (keyof SearchDoc)[] = ['name', 'company', 'title', 'school', 'location', 'tags', 'notes', 'more'];
const BOOST: Partial<Record<keyof SearchDoc, number>> = {
  name: 4,
  company: 3,
  title: 2,
  tags: 2,
  school: 1.5,
  location: 1.2,
  notes: 0.6,
  more: 0.8,
};

interface Indexes {
  index: MiniSearch<SearchDoc>;
  names: NamePrefixIndex;
  counts: TermCounts;
}

function createIndexes(): Indexes {
  // Every word of every note goes through processTerm (about a million at 30,000 contacts and
  // 100,000 notes) but they are few distinct words: fold each once.
  const words = new FoldMemo();
  const processTerm = (term: string) => words.fold(term) || null;
  const counts = new TermCounts();
  const countingTerm = (term: string) => {
    const folded = processTerm(term);
    if (folded) counts.see(folded);
    return folded;
  };
  return {
    // Queries are folded already (search() folds them): they skip the counting wrapper.
    index: new MiniSearch<SearchDoc>({
      fields: FIELDS,
      storeFields: ['stage', 'words'],
      processTerm: countingTerm,
      searchOptions: { processTerm },
    }),
    counts,
    // One- and two-letter searches (the first keystrokes), ranked as MiniSearch would: name-prefix.ts.
    names: new NamePrefixIndex(processTerm),
  };
}

export interface BuildOptions {
  /** Stops indexing (the page closed): `ready` resolves with `complete` still false, and build() throws the signal's reason. */
  signal?: AbortSignal;
  /** Longest stretch of indexing between two yields to the page, in ms (default 10). */
  sliceMs?: number;
}

// Yielding to the page between slices: a posted message is an ordinary task, so input,
// painting and the page's own IndexedDB callbacks run in between, and unlike a nested
// setTimeout it is not clamped to 4 ms (scheduler.yield() would run first, before them).
let port: MessagePort | null = null;
const resumers: (() => void)[] = [];

function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined' || typeof document === 'undefined') {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (!port) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resumers.shift()?.();
    port = channel.port2;
  }
  const sender = port;
  return new Promise((resolve) => {
    resumers.push(resolve);
    sender.postMessage(null);
  });
}

export class ContactSearch {
  private index: MiniSearch<SearchDoc>;
  private names: NamePrefixIndex;
  /** Documents per word, counted as `index` adds them: which query word is rarest. */
  private counts: TermCounts;
  private readonly companies = new CompanyIndex();
  /** Resolves once every contact given to the constructor method is indexed (at once for fromContacts). */
  ready: Promise<void> = Promise.resolve();
  private building = false;
  /** Bumped by reset(), which replaces whatever a background build was still adding. */
  private generation = 0;
  /** Contacts removed while a background build runs: a later slice must not add them back. */
  private readonly removedWhileBuilding = new Set<string>();

  constructor() {
    ({ index: this.index, names: this.names, counts: this.counts } = createIndexes());
  }

  /** Indexes everything before returning: blocks the page for as long (seconds at 30,000 contacts). */
  static fromContacts(contacts: Iterable<Contact>): ContactSearch {
    const s = new ContactSearch();
    s.addAll(contacts);
    return s;
  }

  /**
   * Returns at once and indexes `contacts` in slices of a few ms, yielding to the page between
   * them, so a page shows its list (and stays responsive) while the index fills. Until `ready`
   * resolves (`complete` is true) a search sees only the contacts indexed so far: show
   * "Preparing search…" or the partial hits. upsert/remove/attach may be used at once; what
   * they change wins over the older copies still to be indexed.
   */
  static inBackground(contacts: readonly Contact[], opts: BuildOptions = {}): ContactSearch {
    const s = new ContactSearch();
    s.building = true;
    const generation = s.generation;
    s.ready = s.addInSlices(contacts, opts, generation).then(async (done) => {
      if (!done || generation !== s.generation) return;
      s.building = false;
      s.removedWhileBuilding.clear();
      await yieldToPage();
      s.warmUp(contacts[0]);
    });
    return s;
  }

  /**
   * Runs a few searches once, in their own slice: the first keystroke otherwise pays for
   * compiling the search path (a cold first search takes several times a warm one).
   */
  private warmUp(sample: Contact | undefined): void {
    if (!sample) return;
    const doc = toSearchDoc(sample);
    for (const q of [doc.name.slice(0, 1), doc.name.slice(0, 4), `${doc.name} ${doc.company}`]) {
      if (q.trim()) this.search(q);
    }
  }

  /** Reads every contact and indexes them in slices (see inBackground); resolves when complete. */
  static async build(db: DB, opts: BuildOptions = {}): Promise<ContactSearch> {
    const s = ContactSearch.inBackground(await allContacts(db), opts);
    await s.ready;
    opts.signal?.throwIfAborted();
    return s;
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** False while a background build is still indexing. */
  get complete(): boolean {
    return !this.building;
  }

  private addAll(contacts: Iterable<Contact>): void {
    for (const c of contacts) this.add(toSearchDoc(c), c);
  }

  private add(doc: SearchDoc, c: Contact): void {
    this.counts.whileAdding(() => this.index.add(doc));
    this.names.add(doc);
    this.companies.upsert(c);
  }

  /** True when every contact is in; false when stopped by the signal or superseded by reset(). */
  private async addInSlices(contacts: readonly Contact[], opts: BuildOptions, generation: number): Promise<boolean> {
    const sliceMs = opts.sliceMs ?? 10;
    let i = 0;
    while (i < contacts.length) {
      await yieldToPage();
      if (opts.signal?.aborted || generation !== this.generation) return false;
      const until = performance.now() + sliceMs;
      do {
        const end = Math.min(contacts.length, i + 32);
        for (; i < end; i++) {
          const c = contacts[i]!;
          // Already there (upserted meanwhile, newer) or deleted meanwhile: leave it as it is.
          if (this.index.has(c.id) || this.removedWhileBuilding.has(c.id)) continue;
          this.add(toSearchDoc(c), c);
        }
      } while (i < contacts.length && performance.now() < until);
    }
    return true;
  }

  upsert(contact: Contact): void {
    const doc = toSearchDoc(contact);
    this.counts.whileAdding(() => {
      if (this.index.has(contact.id)) this.index.replace(doc);
      else this.index.add(doc);
    });
    this.names.add(doc);
    this.companies.upsert(contact);
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    this.names.remove(id);
    this.companies.remove(id);
    if (this.building) this.removedWhileBuilding.add(id);
  }

  reset(contacts: Iterable<Contact>): void {
    this.generation++;
    this.building = false;
    this.removedWhileBuilding.clear();
    ({ index: this.index, names: this.names, counts: this.counts } = createIndexes());
    this.companies.clear();
    this.addAll(contacts);
  }

  /**
   * Every word must match (typing more narrows); each is a prefix ("ana" finds "Anaïs"), and
   * longer finished words also tolerate a typo. Accents and case never matter.
   */
  search(query: string, opts: { limit?: number; stage?: Stage } = {}): SearchHit[] {
    if (!query.trim()) return [];
    const { stage, limit = 50 } = opts;
    const terms = query
      .split(/[\s\p{P}]+/u)
      .map(fold)
      .filter(Boolean);
    // One or two letters expand to thousands of words across 100,000 notes, and scoring them
    // all costs tens of ms. So short words only filter what the longer words found, by the
    // start of a word in the name, company, title or tags; alone, they search names and companies,
    // and there too MiniSearch would score and sort thousands: the NamePrefixIndex ranks them as
    // it would ({ prefix: true, fields: ['name', 'company'] } per word), in a fraction of the time.
    const long = terms.filter((t) => t.length >= 3);
    const short = terms.filter((t) => t.length < 3);
    if (!long.length) return this.names.search(short, { limit, stage });
    const queries = long.map((t, i, all) => ({
      queries: [t],
      prefix: true,
      fuzzy: i < all.length - 1 && t.length >= 5 ? 0.2 : false,
    }));
    const startsWord = short.map((t) => ` ${t}`);
    // The stage and the short words are checked before a document is scored (a boost of 0 skips
    // it; 1 leaves its score as it is), not after every match has been scored and sorted.
    // Every document stores these fields (storeFields), as the filter this replaces relied on.
    const passes = (stored: Record<string, unknown> | undefined) =>
      (!stage || stored?.stage === stage) && startsWord.every((t) => String(stored?.words ?? '').includes(t));
    // Every word must match, so only the documents matching the rarest word can be hits: find
    // those first, then score the other words for them alone. A common word ("inc", "capital",
    // a word of many notes) otherwise scores thousands of documents on every keystroke.
    const rarest = queries.length > 1 ? this.rarest(queries.map((q) => q.queries[0]!)) : -1;
    let candidates: Set<unknown> | null = null;
    if (rarest >= 0) {
      const first = this.index.search(
        { combineWith: 'AND', queries: [queries[rarest]!] },
        { boost: BOOST, boostDocument: (_id, _term, stored) => (passes(stored) ? 1 : 0) },
      );
      candidates = new Set(first.map((r) => r.id));
    }
    const only = candidates;
    const results = this.index.search(
      { combineWith: 'AND', queries },
      {
        boost: BOOST,
        boostDocument: (id, _term, stored) => ((!only || only.has(id)) && passes(stored) ? 1 : 0),
      },
    );
    return results.slice(0, limit).map((r) => ({
      id: String(r.id),
      score: r.score,
      fields: [...new Set(Object.values(r.match).flat())],
    }));
  }

  /**
   * Which of these (folded) words has the fewest documents under its prefix (term-counts.ts).
   * It only picks the order of work, never what is found.
   */
  private rarest(terms: string[]): number {
    let best = -1;
    let bestCount = Number.POSITIVE_INFINITY;
    terms.forEach((term, i) => {
      const count = this.counts.atPrefix(term, bestCount);
      if (count < bestCount) {
        best = i;
        bestCount = count;
      }
    });
    return best;
  }

  /** "Who do I know at X": current employees (and former ones with includePast), same company first, then related. */
  whoDoIKnowAt(company: string, opts: { includePast?: boolean; limit?: number } = {}): CompanyHit[] {
    return this.companies.find(company, opts);
  }

  /** Keeps the index current with every committed write, from any page, until `signal` aborts. */
  attach(db: DB, signal: AbortSignal): void {
    let queue = Promise.resolve();
    onStoreChange((changes) => {
      const c = changes.find((x) => x.store === 'contacts');
      if (!c) return;
      queue = queue
        .then(async () => {
          // After a big import one getAll is cheaper than thousands of single reads.
          if (c.ids === 'all' || c.ids.length > 500) return this.reset(await allContacts(db));
          const fresh = await Promise.all(c.ids.map((id) => getContact(db, id)));
          c.ids.forEach((id, i) => {
            const contact = fresh[i];
            if (contact) this.upsert(contact);
            else this.remove(id);
          });
        })
        .catch(() => undefined); // a closed connection mid-upgrade: the next change resyncs
    }, signal);
  }
}
