// captureWith(bundle, doc, url): the whole capture with one site's layers. Pure: reads only
// what it is given, no clock, no globals; never throws (a failing layer costs its own fields,
// a failure here returns a not-profile result instead of a person). Each injected bundle
// (src/capture/inject/) calls it with its own site's layers, so a page receives only those.
import { type CaptureResult, emptyProfile, type Site } from '../domain/profile.ts';
import { no } from './gate.ts';
import type { Ctx, Layer } from './layer.ts';
import { normalize } from './normalize.ts';
import { runLayers } from './registry.ts';
import { canonicalUrl, linkedinSlug } from './url.ts';

/** What one site's page receives: its layers, most specific first, and a not-a-profile check. */
export interface Bundle {
  /** The site it serves: bundleFor(url) picks it, so the page needs no site detection of its own. */
  site: Site;
  layers: Layer[];
  /** Recognises pages that are not a person (walls, search results) before any layer runs. */
  gate?: (doc: Document, url: string, root: Element) => CaptureResult | null;
}

export function captureWith(bundle: Bundle, doc: Document, url: string): CaptureResult {
  try {
    const site = bundle.site;
    const body = doc.body ?? doc.documentElement;
    // Not <main>: saved pages with unbalanced markup close it early in some
    // parsers. Layers key on the profile's own anchors and skip <aside>.
    const root = body;
    const stop = bundle.gate?.(doc, url, root);
    if (stop) return stop;
    const c: Ctx = { doc, url, site, slug: site === 'linkedin' ? linkedinSlug(url) : null, root };
    const p = emptyProfile(canonicalUrl(url, site), site);
    runLayers(c, p, bundle.layers);
    normalize(p);
    // The document title alone ("(2) Search | LinkedIn") is no evidence of a person.
    if (!Object.values(p.sources).some((s) => s !== 'linkedin/title'))
      return no('unsupported', 'No profile found on this page.');
    return { kind: 'profile', profile: p };
  } catch {
    return no('unsupported', 'Capture failed on this page.');
  }
}
