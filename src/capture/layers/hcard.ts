// Microformats h-card (and classic hCard, "vcard"): personal sites, some
// directories, LinkedIn's pre-2016 public page. The first card in the page is
// the page's subject; cards nested in comments or feeds come later.
// Raw text out; finish/hcard.ts picks among the fallbacks.
import { imgSrc, q, tq, txt } from '../dom.ts';
import type { Layer } from '../layer.ts';

export const hCard: Layer = {
  id: 'h-card',
  read({ root }) {
    const c = q(root, '.h-card,.vcard');
    if (!c) return null;
    return {
      name: tq(c, '.p-name,.fn'),
      // A card that is itself the name: <a class="h-card">Name</a>.
      self: c.matches('a, span') ? txt(c) : null,
      title: tq(c, '.p-job-title,.title,.role'),
      org: tq(c, '.p-org,.org'),
      note: tq(c, '.p-note,.note'),
      locality: tq(c, '.p-locality,.locality'),
      adr: tq(c, '.p-adr,.adr'),
      about: txt(q(c, '.p-note,.note'), 10_000),
      photo: imgSrc(q(c, '.u-photo,.photo')),
    };
  },
};
