// "Who do I know at X": companies grouped by their key without legal suffixes, so "Google",
// "Google LLC" and "GOOGLE INC." are one group and "Google DeepMind" a related one.
import type { Contact } from '../domain/contact.ts';
import { type CompanyMatch, companyKey, companyTokens, matchCompany } from '../lib/company-name.ts';
import { contactCompanies } from './search-doc.ts';

export interface CompanyHit {
  contactId: string;
  /** The company as written on this contact. */
  company: string;
  current: boolean;
  match: Exclude<CompanyMatch, 'none'>;
}

interface Group {
  tokens: string[];
  /** contactId → the name as written and whether it is current */
  members: Map<string, { name: string; current: boolean }>;
}

export class CompanyIndex {
  private readonly groups = new Map<string, Group>();
  private readonly keysOf = new Map<string, string[]>();

  upsert(c: Contact): void {
    this.remove(c.id);
    const keys: string[] = [];
    for (const { name, current } of contactCompanies(c)) {
      const key = companyKey(name);
      if (!key) continue;
      let g = this.groups.get(key);
      if (!g) {
        g = { tokens: companyTokens(name), members: new Map() };
        this.groups.set(key, g);
      }
      g.members.set(c.id, { name, current });
      keys.push(key);
    }
    if (keys.length) this.keysOf.set(c.id, keys);
  }

  remove(id: string): void {
    for (const key of this.keysOf.get(id) ?? []) {
      const g = this.groups.get(key);
      g?.members.delete(id);
      if (g && g.members.size === 0) this.groups.delete(key);
    }
    this.keysOf.delete(id);
  }

  clear(): void {
    this.groups.clear();
    this.keysOf.clear();
  }

  /** Same company first, then related ones; current employees before former ones. */
  find(query: string, opts: { includePast?: boolean; limit?: number } = {}): CompanyHit[] {
    const q = companyTokens(query);
    const hits: CompanyHit[] = [];
    for (const g of this.groups.values()) {
      const match = matchCompany(q, g.tokens);
      if (match === 'none') continue;
      for (const [contactId, m] of g.members) {
        if (m.current || opts.includePast) hits.push({ contactId, company: m.name, current: m.current, match });
      }
    }
    const rank = (h: CompanyHit) => (h.match === 'same' ? 0 : 2) + (h.current ? 0 : 1);
    hits.sort((a, b) => rank(a) - rank(b) || a.company.localeCompare(b.company));
    // A contact reached through two groups (current and past) is listed once, at its best rank.
    const seen = new Set<string>();
    return hits.filter((h) => !seen.has(h.contactId) && seen.add(h.contactId)).slice(0, opts.limit ?? 200);
  }
}
