// What a Google Scholar page receives (≤ 3 kB gz). Adding a layer = one import and one line.
// Scholar pages carry no JSON-LD, h-card or person OpenGraph: the generic layers would be dead weight.
import type { Bundle } from '../capture.ts';
import { scholar } from '../layers/scholar.ts';
import { scholarPublications } from '../layers/scholar-publications.ts';

export const scholarBundle: Bundle = { site: 'scholar', layers: [scholar, scholarPublications] };
