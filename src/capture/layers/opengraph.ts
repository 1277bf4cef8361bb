// OpenGraph profile tags: the last resort on any site. Only pages that say
// they are a profile (og:type=profile or profile:* tags) count.
import { meta } from '../dom.ts';
import type { Layer } from '../layer.ts';

export const openGraph: Layer = {
  id: 'opengraph',
  read({ doc, site }) {
    const first = meta(doc, 'profile:first_name');
    const last = meta(doc, 'profile:last_name');
    if (meta(doc, 'og:type') !== 'profile' && !first && !last) return null;
    const title = meta(doc, 'og:title');
    return {
      name: [first, last].filter(Boolean).join(' ') || title?.split(/ [|\-–] /)[0] || null,
      photoUrl: meta(doc, 'og:image'),
      // LinkedIn's og:description is a summary line ("Experience: … · Education: …"), not the About.
      about: site === 'linkedin' ? null : meta(doc, 'og:description'),
    };
  },
};
