// What a GitHub page receives (≤ 3 kB gz). Adding a layer = one import and one line.
// No JSON-LD on GitHub profiles; a vcard and OpenGraph are the fallbacks.
import type { Bundle } from '../capture.ts';
import { github } from '../layers/github.ts';
import { hCard } from '../layers/hcard.ts';
import { openGraph } from '../layers/opengraph.ts';

export const githubBundle: Bundle = { site: 'github', layers: [github, hCard, openGraph] };
