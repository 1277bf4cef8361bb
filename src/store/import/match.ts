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
  return {
    id: c.id,
    profileUrl: c.profileUrl,
    email: c.email,
    name: displayValue(c, 'name'),
    company: displayValue(c, 'company'),
  };
}

/** `Id`: what a match answers; the store's contact ids, or anything else the caller tells apart. */
export class Matcher<Id = string> {
  private readonly byUrl = new Map<string, Id>();
  private readonly byEmail = new Map<string, Id>();
  private readonly byNameCompany = new Map<string, Id>();
  private readonly urls = new Map<Id, string | null>();
  /** company as written → companyKey: 30,000 rows name a few thousand companies. */
  private readonly companyKeys = new Map<string, string>();
  /**
   * Name + company can only pair someone with a URL to someone without one (two different URLs
   * never match). In a LinkedIn export everyone has a URL, so byNameCompany is built only once a
   * person without a URL is added or looked up: until then the identities wait here, in order.
   */
  private pending: { ids: Id[]; who: Omit<Identity, 'id'>[] } | null = { ids: [], who: [] };
  private withoutUrl = 0;

  // The last key computed: a row that matched nobody is added next with the same name and
  // company. Three fields rather than an object: this runs twice per row of a 30,000-row file.
  private lastName: string | null = null;
  private lastCompany: string | null = null;
  private lastKey = '';

  private nameCompany(name: string | null, company: string | null): string | null {
    if (!name || !company) return null;
    if (this.lastName === name && this.lastCompany === company) return this.lastKey;
    let ck = this.companyKeys.get(company);
    if (ck === undefined) {
      ck = companyKey(company);
      this.companyKeys.set(company, ck);
    }
    const key = `${quickFold(name).replace(/\s+/g, ' ').trim()}|${ck}`;
    this.lastName = name;
    this.lastCompany = company;
    this.lastKey = key;
    return key;
  }

  private indexNameCompany(id: Id, who: Omit<Identity, 'id'>): void {
    const nc = this.nameCompany(who.name, who.company);
    if (nc && !this.byNameCompany.has(nc)) this.byNameCompany.set(nc, id);
  }

  /** byNameCompany with everyone added so far (first added wins a key), kept up to date after. */
  private nameIndex(): Map<string, Id> {
    if (this.pending) {
      const { ids, who } = this.pending;
      for (let i = 0; i < ids.length; i++) this.indexNameCompany(ids[i]!, who[i]!);
      this.pending = null;
    }
    return this.byNameCompany;
  }

  /** `who` may be any object with the identity's fields (an import row, say): nothing is copied. */
  add(id: Id, who: Omit<Identity, 'id'>): void {
    if (who.profileUrl) this.byUrl.set(who.profileUrl, id);
    else this.withoutUrl++;
    if (who.email && !this.byEmail.has(who.email)) this.byEmail.set(who.email, id);
    if (this.pending && !this.withoutUrl) {
      this.pending.ids.push(id);
      this.pending.who.push(who);
    } else {
      this.nameIndex();
      this.indexNameCompany(id, who);
    }
    this.urls.set(id, who.profileUrl);
  }

  /** The id of the matching contact, or undefined. Never pairs two different profile URLs. */
  match(who: Omit<Identity, 'id'>): Id | undefined {
    if (who.profileUrl) {
      const hit = this.byUrl.get(who.profileUrl);
      if (hit !== undefined) return hit;
    }
    const byEmail = who.email ? this.compatible(this.byEmail.get(who.email), who.profileUrl) : undefined;
    if (byEmail !== undefined) return byEmail;
    // Someone with a URL unknown here can only be someone added without one.
    if (who.profileUrl && !this.withoutUrl) return undefined;
    const nc = this.nameCompany(who.name, who.company);
    return nc ? this.compatible(this.nameIndex().get(nc), who.profileUrl) : undefined;
  }

  /** `id`, unless it has a profile URL that is not `url`. */
  private compatible(id: Id | undefined, url: string | null): Id | undefined {
    if (id === undefined) return undefined;
    const known = this.urls.get(id);
    return url && known && known !== url ? undefined : id;
  }
}
