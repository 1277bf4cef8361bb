// Runs a bundle's ordered layers. Earlier layers win a field; every field records the layer
// that produced it. The lists live in bundles/, one file per site: adding a layer = one file in
// layers/ + one line in its site's bundle (registry.test.ts checks every layer is in a bundle).
import type { CapturedProfile, IncompleteSection, ProfileField } from '../domain/profile.ts';
import type { Ctx, Found, Layer } from './layer.ts';

// Empty: null, '', [], or an object of nulls ({ title: null, company: null }).
const empty = (v: unknown): boolean =>
  v == null || v === '' || (typeof v === 'object' && Object.values(v).every(empty));

/** Runs every layer for the site; a throwing layer costs its own fields only. */
export function runLayers(c: Ctx, p: CapturedProfile, layers: Layer[]): void {
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
