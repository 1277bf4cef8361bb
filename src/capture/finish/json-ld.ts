// The extension half of the json-ld layer (layers/json-ld.ts sends the blocks' text).
// schema.org Person in JSON-LD: LinkedIn's public page (@graph), ResearchGate,
// personal sites (ProfilePage.mainEntity). worksFor = current positions,
// alumniOf = past employers and schools (EducationalOrganization).
import { parseDate } from '../dates.ts';
import type { Finisher } from '../layer.ts';
import { linkedinSlug, sameSlug } from '../url.ts';
import { arr as list } from './raw.ts';

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, every field is type-checked where it is read
type J = Record<string, any>;
const arr = (v: unknown): J[] => (Array.isArray(v) ? v : v == null ? [] : [v]);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const isA = (o: J, t: RegExp) => arr(o['@type']).some((x) => t.test(String(x)));

/** Every object in the JSON-LD blocks the page half sent, flattened through @graph and mainEntity. Bounded. */
export function ldObjects(texts: unknown): J[] {
  const out: J[] = [];
  const walk = (v: unknown, depth: number) => {
    for (const o of arr(v)) {
      if (!o || typeof o !== 'object' || depth > 4 || out.length > 500) continue;
      out.push(o);
      walk(o['@graph'], depth + 1);
      walk(o.mainEntity, depth + 1);
    }
  };
  for (const s of list(texts, 100)) {
    try {
      walk(JSON.parse(typeof s === 'string' ? s.slice(0, 2e6) : ''), 0);
    } catch {
      /* a broken block costs only itself */
    }
  }
  return out;
}

const dates = (o: J) => ({ start: parseDate(str(o.member?.startDate)), end: parseDate(str(o.member?.endDate)) });

export const jsonLd: Finisher = {
  finish(raw, { slug }) {
    const people = ldObjects(raw).filter((o) => isA(o, /^Person$/));
    // On LinkedIn the Person must be this member; elsewhere the first Person.
    const p = slug ? people.find((o) => sameSlug(linkedinSlug(str(o.url) ?? str(o.sameAs) ?? ''), slug)) : people[0];
    if (!p) return null;
    const titles = arr(p.jobTitle).map(str);
    const works = arr(p.worksFor);
    const alumni = arr(p.alumniOf);
    const edu = (o: J) => isA(o, /Educational|College|School|Universit/);
    const img = p.image;
    return {
      name: str(p.name),
      headline: titles.filter(Boolean).join(', ') || str(p.disambiguatingDescription),
      location: str(p.address?.addressLocality) ?? str(p.homeLocation?.name) ?? str(p.address?.addressCountry),
      about: str(p.description),
      photoUrl: str(img) ?? str(img?.contentUrl) ?? str(img?.url),
      experience: [
        ...works.map((o, i) => ({ o, t: titles.length === works.length ? titles[i] : null })),
        ...alumni.filter((o) => !edu(o)).map((o) => ({ o, t: null })),
      ].map(({ o, t }, i) => {
        const d = dates(o);
        return {
          title: t ?? str(o.member?.roleName),
          company: str(o.name),
          location: str(o.location),
          description: str(o.member?.description),
          ...d,
          current: i < works.length && !d.end,
        };
      }),
      education: alumni.filter(edu).map((o) => ({ school: str(o.name), degree: null, field: null, ...dates(o) })),
      skills: arr(p.knowsAbout)
        .map((k) => str(k) ?? str(k?.name))
        .filter((s): s is string => !!s),
    };
  },
};
