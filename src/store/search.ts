// In-memory search over contacts, built once per page and kept current from the change
// broadcast. Searching IndexedDB directly cannot rank or prefix-match across fields, and at
// 30,000 contacts a keystroke has one frame (16 ms); MiniSearch's radix tree answers in ~1 ms.
import MiniSearch from 'minisearch';
import type { Contact, Stage } from '../domain/contact.ts';
import { fold } from '../lib/fold.ts';
import { onStoreChange } from './changes.ts';
import { type CompanyHit, CompanyIndex } from './company-index.ts';
import type { DB } from './schema.ts';
import { type SearchDoc, toSearchDoc } from './search-doc.ts';

export type { CompanyHit } from './company-index.ts';

export interface SearchHit {
  id: string;
  score: number;
  /** Which fields matched, e.g. ["name", "company"], to highlight the reason. */
  fields: string[];
}

const FIELDS: (keyof SearchDoc)[] = ['name', 'company', 'title', 'school', 'location', 'tags', 'notes', 'more'];
const BOOST: Partial<Record<keyof SearchDoc, number>> = { name: 4, company: 3, title: 2, tags: 2, school: 1.5, location: 1.2, notes: 0.6, more: 0.8 };

function createIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: FIELDS,
    storeFields: ['stage', 'words'],
    processTerm: (term) => fold(term) || null,
  });
}

export class ContactSearch {
  private index = createIndex();
  private readonly companies = new CompanyIndex();

  static fromContacts(contacts: Iterable<Contact>): ContactSearch {
    const s = new ContactSearch();
    s.addAll(contacts);
    return s;
  }

  static async build(db: DB): Promise<ContactSearch> {
    return ContactSearch.fromContacts(await db.getAll('contacts'));
  }

  get size(): number {
    return this.index.documentCount;
  }

  private addAll(contacts: Iterable<Contact>): void {
    const docs: SearchDoc[] = [];
    for (const c of contacts) {
      docs.push(toSearchDoc(c));
      this.companies.upsert(c);
    }
    this.index.addAll(docs);
  }

  upsert(contact: Contact): void {
    const doc = toSearchDoc(contact);
    if (this.index.has(contact.id)) this.index.replace(doc);
    else this.index.add(doc);
    this.companies.upsert(contact);
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    this.companies.remove(id);
  }

  reset(contacts: Iterable<Contact>): void {
    this.index = createIndex();
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
    const terms = query.split(/[\s\p{P}]+/u).map(fold).filter(Boolean);
    // One or two letters expand to thousands of words across 100,000 notes, and scoring them
    // all costs tens of ms. So short words only filter what the longer words found, by the
    // start of a word in the name, company, title or tags; alone, they search names and companies.
    const long = terms.filter((t) => t.length >= 3);
    const short = terms.filter((t) => t.length < 3);
    const queries = (long.length ? long : short).map((t, i, all) =>
      long.length
        ? { queries: [t], prefix: true, fuzzy: i < all.length - 1 && t.length >= 5 ? 0.2 : false }
        : { queries: [t], prefix: true, fields: ['name', 'company'] },
    );
    const startsWord = long.length ? short.map((t) => ` ${t}`) : [];
    const results = this.index.search(
      { combineWith: 'AND', queries },
      {
        boost: BOOST,
        filter: (r) => (!stage || r.stage === stage) && startsWord.every((t) => (r.words as string).includes(t)),
      },
    );
    return results.slice(0, limit).map((r) => ({
      id: String(r.id),
      score: r.score,
      fields: [...new Set(Object.values(r.match).flat())],
    }));
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
      queue = queue.then(async () => {
        // After a big import one getAll is cheaper than thousands of single reads.
        if (c.ids === 'all' || c.ids.length > 500) return this.reset(await db.getAll('contacts'));
        const fresh = await Promise.all(c.ids.map((id) => db.get('contacts', id)));
        c.ids.forEach((id, i) => {
          const contact = fresh[i];
          if (contact) this.upsert(contact);
          else this.remove(id);
        });
      }).catch(() => undefined); // a closed connection mid-upgrade: the next change resyncs
    }, signal);
  }
}
