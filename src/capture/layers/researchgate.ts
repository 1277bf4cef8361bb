// ResearchGate researcher profile. The Person is in JSON-LD (json-ld layer);
// this adds what only the page shows: the degree/institution line of the title
// ("Name | PhD (Field), Institution"), the institution cards and the skill
// badges (links to /topic/). Raw text out; finish/researchgate.ts reads it.
import { para, q, qa, texts, tq, txt } from '../dom.ts';
import type { Layer } from '../layer.ts';

export const researchGate: Layer = {
  id: 'researchgate',
  read({ doc, root }) {
    const h1 = q(root, 'h1');
    return {
      title: doc.title,
      whole: txt(h1),
      first: tq(h1, '[class*="pack__item"],div'),
      // Institution cards (nova-legacy-v-job-item): institution, department and place, then "Position" and description sections.
      jobs: qa(root, '.nova-legacy-v-job-item').map((it) => {
        const sections = qa(it, 'ul[class*="job-item__info-section-list"]');
        return {
          title: txt(sections[0]),
          company: tq(it, '[class*="job-item__title"]'),
          meta: texts(it, '[class*="job-item__meta-data-item"]'),
          description: para(sections[1]),
          // The card's date line ("October 2013 - April 2015") sits just before the item.
          dates: tq(it.parentElement?.previousElementSibling, '[class*="qualifier__label"]'),
        };
      }),
      skills: texts(root, '.js-target-skills a,a[href^="topic/"],a[href*="/topic/"]'),
    };
  },
};
