import { type Contact, displayValue } from '../domain/contact.ts';
import { companyTokens, matchCompany } from '../lib/company-name.ts';

export interface IntroducerGroups {
  /** People the user knows at the person's organisation (or a related one): the best introducers. */
  atCompany: Contact[];
  others: Contact[];
}

/** Splits saved contacts for the introducer picker; the person themself is never offered. */
export function introducerGroups(contacts: Contact[], company: string, selfId: string | null): IntroducerGroups {
  const query = company.trim() ? companyTokens(company) : [];
  const atCompany: Contact[] = [];
  const others: Contact[] = [];
  for (const c of contacts) {
    if (c.id === selfId) continue;
    const theirs = displayValue(c, 'company');
    const match = query.length && theirs ? matchCompany(query, companyTokens(theirs)) : 'none';
    (match === 'none' ? others : atCompany).push(c);
  }
  const byName = (a: Contact, b: Contact) =>
    (displayValue(a, 'name') ?? '').localeCompare(displayValue(b, 'name') ?? '');
  return { atCompany: atCompany.sort(byName), others: others.sort(byName) };
}
