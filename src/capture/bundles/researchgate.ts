// What a ResearchGate page receives (≤ 3 kB gz). Adding a layer = one import and one line.
// ResearchGate embeds JSON-LD (photo, description); no h-card, and OpenGraph adds nothing more.
import type { Bundle } from '../capture.ts';
import { jsonLd } from '../layers/json-ld.ts';
import { jsonLdPublications } from '../layers/json-ld-publications.ts';
import { researchGate } from '../layers/researchgate.ts';
import { researchGatePublications } from '../layers/researchgate-publications.ts';

export const researchGateBundle: Bundle = {
  site: 'researchgate',
  layers: [researchGate, researchGatePublications, jsonLd, jsonLdPublications],
};
