// The JSON LinkedIn embeds in <code id="bpr-guid-N"> blocks (voyager-web, the
// hydration data of the classic layout). They hold several Profile entities,
// among them the viewer's own: only the one whose publicIdentifier equals the
// URL slug is this person. Blocks that do not mention the slug are not parsed.
import { qa } from '../dom.ts';
import type { Layer } from '../layer.ts';
import { sameSlug } from '../url.ts';
import { degree } from './linkedin-topcard.ts';

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, every value is type-checked by s() where it is read
type J = Record<string, any>;
const s = (v: unknown) => (typeof v === 'string' ? v : null);

/** rootUrl + the last (largest) artifact's path segment. */
function photo(p: J): string | null {
  const v = p.profilePicture?.displayImageReferenceResolutionResult?.vectorImage;
  const big = v?.artifacts?.at?.(-1);
  return s(v?.rootUrl) && big ? s(v.rootUrl + big.fileIdentifyingUrlPathSegment) : null;
}

export const code: Layer = {
  id: 'linkedin/code-json',
  read({ doc, slug }) {
    if (!slug) return null;
    const byUrn = new Map<string, J>();
    let me: J | undefined;
    for (const c of qa(doc, 'code[id^="bpr-guid-"]')) {
      const text = (c.textContent || c.innerHTML).replace(/^\s*<!--|-->\s*$/g, '');
      if (!text.includes(slug)) continue;
      let inc: J[] = [];
      try {
        inc = JSON.parse(text).included;
      } catch {}
      for (const e of Array.isArray(inc) ? inc : []) {
        if (typeof e?.entityUrn === 'string') byUrn.set(e.entityUrn, e);
        // Prefer the fullest entity (dash Profile over MiniProfile).
        if (sameSlug(s(e?.publicIdentifier), slug) && (!me || Object.keys(e).length > Object.keys(me).length)) me = e;
      }
    }
    const p = me;
    if (!p) return null;
    const geo = byUrn.get(p.geoLocation?.['*geo']) ?? p.location;
    const rel = JSON.stringify(byUrn.get(p['*memberRelationship']) ?? p.memberRelationship ?? '').match(
      /DISTANCE_(\d)/,
    );
    return {
      name: [s(p.firstName), s(p.lastName)].join(' ').trim() || null,
      headline: s(p.headline) ?? s(p.occupation),
      location: s(geo?.defaultLocalizedName) ?? s(p.locationName),
      about: s(p.summary),
      photoUrl: photo(p),
      connectionDegree: degree(rel?.[1] ?? null),
    };
  },
};
