// Google Scholar's publication rows (tr.gsc_a_tr), any interface language: the
// classes are the same whatever language the labels are in (finish/scholar-publications.ts).
import { attr, q, qa, tq, txt } from '../dom.ts';
import type { Layer } from '../layer.ts';

export const scholarPublications: Layer = {
  id: 'scholar/publications',
  read: ({ root }) =>
    qa(root, 'tr.gsc_a_tr').map((tr) => {
      const a = q(tr, 'a.gsc_a_at');
      return [txt(a), tq(tr, '.gsc_a_y'), txt(qa(tr, '.gs_gray')[1]), tq(tr, '.gsc_a_ac'), attr(a, 'href')];
    }),
};
