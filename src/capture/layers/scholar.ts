// Google Scholar citations profile, in any interface language: the ids and
// classes (gsc_prf_*) are the same whatever language the labels are in.
// Affiliation line → headline, interests → skills (finish/scholar.ts).
import { imgSrc, q, texts, tq, txt } from '../dom.ts';
import type { Layer } from '../layer.ts';

export const scholar: Layer = {
  id: 'scholar',
  read({ root }) {
    const name = q(root, '#gsc_prf_in');
    if (!name) return null;
    const aff = q(root, '.gsc_prf_il:not(#gsc_prf_ivh):not(#gsc_prf_int)');
    return {
      name: txt(name),
      line: txt(aff),
      org: tq(aff, 'a.gsc_prf_ila'),
      photo: imgSrc(q(root, '#gsc_prf_pup-img')),
      skills: texts(root, '#gsc_prf_int a,a.gsc_prf_inta'),
    };
  },
};
