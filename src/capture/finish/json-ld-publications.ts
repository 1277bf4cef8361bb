// schema.org ScholarlyArticle (and theses, books, chapters) in JSON-LD whose
// author is the profile's person: same name or same url as the Person.
import type { Finisher } from '../layer.ts';
import { pub, pubs } from '../publication.ts';
import { ldObjects } from './json-ld.ts';

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, every field is type-checked where it is read
type J = Record<string, any>;
const arr = (v: unknown): J[] => (Array.isArray(v) ? v : v == null ? [] : [v]);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

export const jsonLdPublications: Finisher = {
  finish(raw, { url }) {
    const all = ldObjects(raw);
    const person = all.find((o) => arr(o['@type']).some((t) => String(t) === 'Person'));
    if (!person) return null;
    const same = (a: J) =>
      (str(a?.url) && str(a.url) === str(person.url)) || (str(a?.name) && str(a.name) === str(person.name));
    return {
      publications: pubs(
        all
          .filter((o) =>
            arr(o['@type']).some((t) =>
              /^(?:ScholarlyArticle|MedicalScholarlyArticle|Thesis|Book|Chapter)$/.test(String(t)),
            ),
          )
          .filter((o) => arr(o.author).some(same))
          .map((o) =>
            pub(
              str(o.headline) ?? str(o.name),
              str(o.datePublished),
              str(o.isPartOf?.name) ?? str(o.publisher?.name),
              str(o.citationCount) ?? null,
              str(o.url),
              url,
            ),
          ),
      ),
    };
  },
};
