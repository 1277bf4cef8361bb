// schema.org Person in JSON-LD: LinkedIn's public page (@graph), ResearchGate,
// personal sites (ProfilePage.mainEntity). worksFor = current positions,
// alumniOf = past employers and schools (EducationalOrganization).
// The page half sends the blocks' text; finish/json-ld.ts parses and reads them.
import { qa } from '../dom.ts';
import type { Layer } from '../layer.ts';

/** The text of every JSON-LD block of the page (bounded: finish/json-ld.ts parses them). */
export const ldTexts = (doc: Document): string[] =>
  qa(doc, 'script[type="application/ld+json"]')
    .slice(0, 100)
    .map((s) => (s.textContent ?? '').slice(0, 2e6));

export const jsonLd: Layer = { id: 'json-ld', read: ({ doc }) => ldTexts(doc) };
