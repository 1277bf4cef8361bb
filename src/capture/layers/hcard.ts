// Microformats h-card (and classic hCard, "vcard"): personal sites, some
// directories, LinkedIn's pre-2016 public page. The first card in the page is
// the page's subject; cards nested in comments or feeds come later.
import { imgUrl, q, tq, txt } from '../dom.ts';
import type { Layer } from '../layer.ts';

export const hCard: Layer = {
  id: 'h-card',
  read({ root, url }) {
    const c = q(root, '.h-card,.vcard');
    if (!c) return null;
    const title = tq(c, '.p-job-title,.title,.role');
    const org = tq(c, '.p-org,.org');
    return {
      name: tq(c, '.p-name,.fn') ?? (c.matches('a, span') ? txt(c) : null),
      headline: title && org ? `${title}, ${org}` : (title ?? tq(c, '.p-note,.note')),
      location: tq(c, '.p-locality,.locality') ?? tq(c, '.p-adr,.adr'),
      about: txt(q(c, '.p-note,.note'), 10_000),
      photoUrl: imgUrl(q(c, '.u-photo,.photo'), url),
      current: title || org ? { title, company: org } : null,
    };
  },
};
