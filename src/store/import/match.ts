// Who in the store is this imported person? Profile URL first, then email, then name +
// company (folded, legal suffixes ignored), the order of how sure each one is.
import { type Contact, displayValue } from '../../domain/contact.ts';
import { companyKey } from '../../lib/company-name.ts';
import { quickFold } from '../fold-cache.ts';

export interface Identity {
  id: string;
  profileUrl: string | null;
  email: string | null;
  name: string | null;
  company: string | null;
}

export function identityOf(c: Contact): Identity {
  return { id: c.id, profileUrl: c.profileUrl, email: c.email, name: displayValue(c, 'name'), company: displayValue(c, 'company') };
}

export class Matcher {
  private readonly byUrl = new Map<string, string>();
  private readonly byEmail = new Map<string, string>();
  private readonly byNameCompany = new Map<string, string>();
  private readonly urls = new Map<string, string | null>();
  /** company as written → companyKey: 30,000 rows name a few thousand companies. */
  private readonly companyKeys = new Map<string, string>();

  /** The last key computed: a row that matched nobody is added next with the same name and company. */
  private last: { name: string; company: string; key: string } | null = null;

  private nameCompany(name: string | null, company: string | null): string | null {
    if (!name || !company) return null;
    const last = this.last;
    if (last && last.name === name && last.company === company) return last.key;
    let ck = this.companyKeys.get(company);
    if (ck === undefined) {
      ck = companyKey(company);
      this.companyKeys.set(company, ck);
    }
    const key = `${quickFold(name).replace(/\s+/g, ' ').trim()}|${ck}`;
    this.last = { name, company, key };
    return key;
  }

  add(who: Identity): void {
    if (who.profileUrl) this.byUrl.set(who.profileUrl, who.id);
    if (who.email && !this.byEmail.has(who.email)) this.byEmail.set(who.email, who.id);
    const nc = this.nameCompany(who.name, who.company);
    if (nc && !this.byNameCompany.has(nc)) this.byNameCompany.set(nc, who.id);
    this.urls.set(who.id, who.profileUrl);
  }

  /** The id of the matching contact, or undefined. Never pairs two different profile URLs. */
  match(who: Omit<Identity, 'id'>): string | undefined {
    if (who.profileUrl) {
      const hit = this.byUrl.get(who.profileUrl);
      if (hit) return hit;
    }
    const compatible = (id: string | undefined) => {
      if (!id) return undefined;
      const url = this.urls.get(id);
      return who.profileUrl && url && url !== who.profileUrl ? undefined : id;
    };
    const byEmail = who.email ? compatible(this.byEmail.get(who.email)) : undefined;
    if (byEmail) return byEmail;
    const nc = this.nameCompany(who.name, who.company);
    return nc ? compatible(this.byNameCompany.get(nc)) : undefined;
  }
}
