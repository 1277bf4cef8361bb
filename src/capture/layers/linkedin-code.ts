// The JSON LinkedIn embeds in <code id="bpr-guid-N"> blocks (voyager-web, the
// hydration data of the classic layout). They hold several Profile entities,
// among them the viewer's own: only the one whose publicIdentifier equals the
// URL slug is this person. Blocks that do not mention the slug are not parsed.
// The page half sends that entity and the two it points to; finish/linkedin-code.ts reads them.
import { qa } from '../dom.ts';
import type { Layer } from '../layer.ts';
import { sameSlug } from '../url.ts';

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, sent on as it is; the extension half checks every value
type J = Record<string, any>;

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
        if (
          sameSlug(typeof e?.publicIdentifier === 'string' ? e.publicIdentifier : null, slug) &&
          (!me || Object.keys(e).length > Object.keys(me).length)
        )
          me = e;
      }
    }
    return me ? { me, geo: byUrn.get(me.geoLocation?.['*geo']), rel: byUrn.get(me['*memberRelationship']) } : null;
  },
};
