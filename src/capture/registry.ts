// Merges the layers' fields in the page bundle's order. Earlier layers win a field; every field
// records the layer that produced it. The lists live in bundles/, one file per site: adding a
// layer = one file in layers/ (its page half), one in finish/ (its extension half) and one line
// in its site's bundle (registry.test.ts checks every layer is in a bundle and has a finisher).
import type { CapturedProfile, IncompleteSection, ProfileField } from '../domain/profile.ts';
import type { Found } from './layer.ts';

// Empty: null, '', [], or an object of nulls ({ title: null, company: null }).
const empty = (v: unknown): boolean =>
  v == null || v === '' || (typeof v === 'object' && Object.values(v).every(empty));

/** Merges each layer's checked fields into p. */
export function runLayers(p: CapturedProfile, found: [string, Found][]): void {
  const inc: IncompleteSection[] = [];
  for (const [id, f] of found) {
    for (const key in f) {
      const k = key as ProfileField;
      if (key === 'incomplete' || !empty(p[k]) || empty(f[k])) continue;
      (p as unknown as Record<string, unknown>)[k] = f[k];
      p.sources[k] = id;
    }
    for (const i of f.incomplete ?? []) if (!inc.some((x) => x.section === i.section)) inc.push(i);
  }
  p.incomplete = inc;
}
