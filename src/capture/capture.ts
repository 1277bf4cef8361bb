// readWith(bundle, doc, url): the page half of the capture, what the injected script runs. It only
// walks the DOM and returns raw, structured-clonable data: the gate's raw answer, or each layer's
// raw data in the bundle's order. Everything else (cleaning, dates, merging, normalising) is the
// extension half, finishCapture() in finish.ts. Pure: reads only what it is given; never throws.
import type { Site } from '../domain/profile.ts';
import type { Ctx, Layer } from './layer.ts';
import { linkedinSlug } from './url.ts';

/** What one site's page receives: its layers' page halves, most specific first, and a not-a-profile check. */
export interface Bundle {
  /** The site it serves: bundleFor(url) picks it, so the page needs no site detection of its own. */
  site: Site;
  layers: Layer[];
  /** Reads what tells pages that are not a person (walls, search results) apart; null = go on. */
  gate?: (c: Ctx) => unknown;
}

/** What the page hands back to the extension (hostile once it arrives: finish.ts re-checks it). */
export interface PageRead {
  url: string;
  /** The gate's raw answer: this page is not a person. */
  stop?: unknown;
  /** The page half itself failed. */
  failed?: boolean;
  /** Each layer's id and raw data, in the bundle's order (earlier layers win a field). */
  layers: [string, unknown][];
}

export function readWith(bundle: Bundle, doc: Document, url: string): PageRead {
  const out: PageRead = { url, layers: [] };
  try {
    const site = bundle.site;
    // Not <main>: saved pages with unbalanced markup close it early in some
    // parsers. Layers key on the profile's own anchors and skip <aside>.
    const root = doc.body ?? doc.documentElement;
    const c: Ctx = { doc, url, site, slug: site === 'linkedin' ? linkedinSlug(url) : null, root };
    const stop = bundle.gate?.(c);
    if (stop) {
      out.stop = stop;
      return out;
    }
    for (const l of bundle.layers) {
      try {
        const raw = l.read(c);
        // A throwing or empty layer costs its own fields only.
        if (raw != null) out.layers.push([l.id, raw]);
      } catch {}
    }
  } catch {
    out.failed = true;
  }
  return out;
}
