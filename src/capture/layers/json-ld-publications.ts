// schema.org ScholarlyArticle (and theses, books, chapters) in JSON-LD whose
// author is the profile's person. The page half sends the blocks' text;
// finish/json-ld-publications.ts finds the works and their author.
import type { Layer } from '../layer.ts';
import { ldTexts } from './json-ld.ts';

export const jsonLdPublications: Layer = { id: 'json-ld/publications', read: ({ doc }) => ldTexts(doc) };
