// Google Scholar citations profile, in any interface language: the ids and
// classes (gsc_prf_*) are the same whatever language the labels are in.
// Affiliation line → headline, interests → skills.
import { imgUrl, q, texts, tq, txt } from '../dom.ts';
import type { Layer } from '../layer.ts';

export const scholar: Layer = {
  id: 'scholar',
  read({ root, url }) {
    const name = q(root, '#gsc_prf_in');
    if (!name) return null;
    const aff = q(root, '.gsc_prf_il:not(#gsc_prf_ivh):not(#gsc_prf_int)');
    const org = tq(aff, 'a.gsc_prf_ila');
    const line = txt(aff);
    // "Professor of X, Some University": the part before the organisation is the title.
    const title =
      line && org && line.endsWith(org) ? line.slice(0, -org.length).replace(/[\s,;–-]+$/, '') || null : null;
    return {
      name: txt(name),
      headline: line,
      photoUrl: imgUrl(q(root, '#gsc_prf_pup-img'), url),
      current: line ? { title: title ?? (org ? null : line), company: org } : null,
      skills: texts(root, '#gsc_prf_int a,a.gsc_prf_inta'),
    };
  },
};
