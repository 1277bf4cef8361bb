// finishCapture(pageRead, site, url): the extension half of the capture. What the page half
// (capture.ts, injected) sent is hostile: its shape is checked here, each layer's raw data by
// that layer's finisher (finish/), before anything is merged. Then the fields are merged in the
// page's order (registry.ts), normalised, and a page with no evidence of a person is refused.
// Pure; never throws. The popup, the menu, the CLI, check:real and the tests all come through here.
import { type CaptureResult, emptyProfile, type Site } from '../domain/profile.ts';
import { FINISHERS } from './finish/index.ts';
import { no } from './finish/not-profile.ts';
import type { Found } from './layer.ts';
import { normalize } from './normalize.ts';
import { runLayers } from './registry.ts';
import { canonicalUrl, linkedinSlug } from './url.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `site` is the bundle the extension injected (never what the page claims); `url` the tab's
 * address, used when the page sent no web address.
 */
export function finishCapture(v: unknown, site: Site, url: string): CaptureResult {
  try {
    if (!isObj(v) || v.failed) return no('unsupported', 'Capture failed on this page.');
    // The page's own address when it sent a web address (it may have moved since injection), else the tab's.
    const at = typeof v.url === 'string' && v.url.length < 4000 && /^https?:\/\//i.test(v.url) ? v.url : url;
    if (v.stop) return FINISHERS.gate.finish(v.stop);
    const c = { url: at, site, slug: site === 'linkedin' ? linkedinSlug(at) : null };
    const found: [string, Found][] = [];
    for (const pair of Array.isArray(v.layers) ? v.layers.slice(0, 50) : []) {
      const [id, raw] = Array.isArray(pair) ? pair : [];
      const f = typeof id === 'string' && Object.hasOwn(FINISHERS.layers, id) ? FINISHERS.layers[id] : undefined;
      if (!f || (f.sites && !f.sites.includes(site))) continue;
      try {
        const out = f.finish(raw, c);
        if (out) found.push([id, out]);
      } catch {
        /* a layer whose data makes no sense costs its own fields only */
      }
    }
    const p = emptyProfile(canonicalUrl(at, site), site);
    runLayers(p, found);
    normalize(p);
    // The document title alone ("(2) Search | LinkedIn") is no evidence of a person.
    if (!Object.values(p.sources).some((s) => s !== 'linkedin/title'))
      return no('unsupported', 'No profile found on this page.');
    return { kind: 'profile', profile: p };
  } catch {
    return no('unsupported', 'Capture failed on this page.');
  }
}
