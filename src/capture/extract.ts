// extract(document, url): the whole capture. Pure: reads only what it is
// given, no clock, no globals; never throws (a failing layer costs its own
// fields, a failure here returns a not-profile result instead of a person).
import { type CaptureResult, emptyProfile } from '../domain/profile.ts';
import { gate, no } from './gate.ts';
import type { Ctx } from './layer.ts';
import { normalize } from './normalize.ts';
import { LAYERS, runLayers } from './registry.ts';
import { canonicalUrl, linkedinSlug, siteOf } from './url.ts';

export function extract(doc: Document, url: string): CaptureResult {
  try {
    const site = siteOf(url);
    const body = doc.body ?? doc.documentElement;
    // Not <main>: saved pages with unbalanced markup close it early in some
    // parsers. Layers key on the profile's own anchors and skip <aside>.
    const root = body;
    if (site === 'linkedin') {
      const no = gate(doc, url, root);
      if (no) return no;
    }
    const c: Ctx = { doc, url, site, slug: site === 'linkedin' ? linkedinSlug(url) : null, root };
    const p = emptyProfile(canonicalUrl(url, site), site);
    runLayers(c, p, LAYERS);
    normalize(p);
    // The document title alone ("(2) Search | LinkedIn") is no evidence of a person.
    if (!Object.values(p.sources).some((s) => s !== 'linkedin/title'))
      return no('unsupported', 'No profile found on this page.');
    return { kind: 'profile', profile: p };
  } catch {
    return no('unsupported', 'Capture failed on this page.');
  }
}
