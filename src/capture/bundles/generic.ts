// Every other site: the page's own structured data. The site bundles end with these too.
import type { Bundle } from '../capture.ts';
import type { Layer } from '../layer.ts';
import { hCard } from '../layers/hcard.ts';
import { jsonLd } from '../layers/json-ld.ts';
import { jsonLdPublications } from '../layers/json-ld-publications.ts';
import { openGraph } from '../layers/opengraph.ts';

/** Embedded data beats generic markup. */
export const GENERIC_LAYERS: Layer[] = [jsonLd, jsonLdPublications, hCard, openGraph];

/** LinkedIn's JSON-LD is a Person, never scholarly works: its bundle leaves that layer out. */
export const GENERIC_PERSON_LAYERS: Layer[] = [jsonLd, hCard, openGraph];

export const genericBundle: Bundle = { site: 'generic', layers: GENERIC_LAYERS };
