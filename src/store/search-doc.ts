// What the search index sees of a contact: the displayed values (edits win), plus schools,
// past companies, tags and notes.
import { type Contact, displayValue } from '../domain/contact.ts';
import { fold } from '../lib/fold.ts';

export interface SearchDoc {
  id: string;
  name: string;
  company: string;
  title: string;
  school: string;
  location: string;
  tags: string;
  notes: string;
  /** Past employers and the headline: findable, but ranked below the current company. */
  more: string;
  stage: string;
  /** " word word …" of name, company, title and tags, folded: lets one- and two-letter words filter cheaply. */
  words: string;
}

export function toSearchDoc(c: Contact): SearchDoc {
  const p = c.captured;
  const company = displayValue(c, 'company') ?? '';
  const past = (p?.experience ?? []).map((e) => e.company).filter((x): x is string => !!x && x !== company);
  const doc: SearchDoc = {
    id: c.id,
    name: displayValue(c, 'name') ?? '',
    company,
    title: displayValue(c, 'title') ?? '',
    school: (p?.education ?? []).map((e) => [e.school, e.field].filter(Boolean).join(' ')).join(' · '),
    location: displayValue(c, 'location') ?? '',
    tags: c.tags.join(' '),
    notes: c.notes,
    more: [...new Set(past)].join(' · ') + ' ' + (displayValue(c, 'headline') ?? ''),
    stage: c.stage,
    words: '',
  };
  doc.words = ` ${fold([doc.name, doc.company, doc.title, doc.tags].join(' '))
    .split(/[\s\p{P}]+/u)
    .filter(Boolean)
    .join(' ')}`;
  return doc;
}

/** Every company a contact is tied to, with whether it is their current one. */
export function contactCompanies(c: Contact): { name: string; current: boolean }[] {
  const current = displayValue(c, 'company');
  const out = current ? [{ name: current, current: true }] : [];
  for (const e of c.captured?.experience ?? []) {
    if (e.company && e.company !== current && !out.some((o) => o.name === e.company))
      out.push({ name: e.company, current: false });
  }
  return out;
}
