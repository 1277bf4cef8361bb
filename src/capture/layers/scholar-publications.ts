// Google Scholar's publication rows (tr.gsc_a_tr), any interface language: the
// classes are the same whatever language the labels are in. The second grey
// line is the venue; its ", 2018" tail (gs_oph) repeats the year column.
import { attr, q, qa, tq, txt } from '../dom.ts';
import type { Layer } from '../layer.ts';
import { pub, pubs } from '../publication.ts';

export const scholarPublications: Layer = {
  id: 'scholar/publications',
  read({ root, url }) {
    return {
      publications: pubs(
        qa(root, 'tr.gsc_a_tr').map((tr) => {
          const a = q(tr, 'a.gsc_a_at');
          const venue = txt(qa(tr, '.gs_gray')[1])?.replace(/,\s*(?:19|20)\d\d$/, '') ?? null;
          return pub(txt(a), tq(tr, '.gsc_a_y'), venue, tq(tr, '.gsc_a_ac'), attr(a, 'href'), url);
        }),
      ),
    };
  },
};
