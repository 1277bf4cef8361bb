// The ordered list of capture layers. Earlier layers win a field; every field
// records the layer that produced it. Adding a site = one file + one line here
// (registry.test.ts checks every file in layers/ is registered).
import type { CapturedProfile, IncompleteSection, ProfileField } from '../domain/profile.ts';
import type { Ctx, Found, Layer } from './layer.ts';
import { github } from './layers/github.ts';
import { hCard } from './layers/hcard.ts';
import { jsonLd } from './layers/json-ld.ts';
import { jsonLdPublications } from './layers/json-ld-publications.ts';
import { linkedinPublications } from './layers/linkedin-publications.ts';
import { researchGatePublications } from './layers/researchgate-publications.ts';
import { scholarPublications } from './layers/scholar-publications.ts';
import { code } from './layers/linkedin-code.ts';
import { details } from './layers/linkedin-details.ts';
import { legacy } from './layers/linkedin-legacy.ts';
import { publicPage } from './layers/linkedin-public.ts';
import { public2015 } from './layers/linkedin-public-2015.ts';
import { public2016 } from './layers/linkedin-public-2016.ts';
import { pvs } from './layers/linkedin-pvs.ts';
import { react2026 } from './layers/linkedin-react.ts';
import { title } from './layers/linkedin-title.ts';
import { topCard } from './layers/linkedin-topcard.ts';
import { openGraph } from './layers/opengraph.ts';
import { researchGate } from './layers/researchgate.ts';
import { scholar } from './layers/scholar.ts';

/** Most specific first: the visible page beats embedded data, which beats generic markup. */
export const LAYERS: Layer[] = [
  details,
  topCard,
  react2026,
  legacy,
  publicPage,
  public2015,
  public2016,
  pvs,
  code,
  linkedinPublications,
  scholar,
  scholarPublications,
  researchGate,
  researchGatePublications,
  github,
  jsonLd,
  jsonLdPublications,
  hCard,
  openGraph,
  title,
];

// Empty: null, '', [], or an object of nulls ({ title: null, company: null }).
const empty = (v: unknown): boolean =>
  v == null || v === '' || (typeof v === 'object' && Object.values(v).every(empty));

/** Runs every layer for the site; a throwing layer costs its own fields only. */
export function runLayers(c: Ctx, p: CapturedProfile, layers = LAYERS): void {
  const inc: IncompleteSection[] = [];
  for (const layer of layers) {
    if (layer.sites && !layer.sites.includes(c.site)) continue;
    let f: Found | null = null;
    try {
      f = layer.run(c);
    } catch {
      continue;
    }
    if (!f) continue;
    for (const key in f) {
      const k = key as ProfileField;
      if (key === 'incomplete' || !empty(p[k]) || empty(f[k])) continue;
      (p as unknown as Record<string, unknown>)[k] = f[k];
      p.sources[k] = layer.id;
    }
    for (const i of f.incomplete ?? []) if (!inc.some((x) => x.section === i.section)) inc.push(i);
  }
  p.incomplete = inc;
}
