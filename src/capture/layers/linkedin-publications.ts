// LinkedIn's Publications section, where a profile has one: the logged-in card
// (div#publications anchor, entries of title + "Venue · date" lines), the
// 2016-17 public page (#publications li.publication) and the 2020s public page
// ([data-section="publications"] li). finish/linkedin-publications.ts reads the lines.
import { attr, q, qa, tq } from '../dom.ts';
import type { Layer } from '../layer.ts';
import { entries } from '../pvs-list.ts';

export const linkedinPublications: Layer = {
  id: 'linkedin/publications',
  read({ root }) {
    const card = q(root, 'div#publications')?.closest('section');
    return card
      ? { card: entries(card).map((e) => e.head) }
      : {
          rows: qa(root, '#publications li.publication,[data-section="publications"] li').map((li) => [
            tq(li, '.item-title'),
            tq(li, 'h3'),
            tq(li, 'time,.date-range'),
            tq(li, '.item-subtitle'),
            tq(li, 'h4'),
            attr(q(li, 'h3 a,h4 a,.item-title a'), 'href'),
          ]),
        };
  },
};
