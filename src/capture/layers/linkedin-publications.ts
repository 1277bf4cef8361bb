// LinkedIn's Publications section, where a profile has one: the logged-in card
// (div#publications anchor, entries of title + "Venue · date" lines), the
// 2016-17 public page (#publications li.publication) and the 2020s public page
// ([data-section="publications"] li).
import { attr, q, qa, tq } from '../dom.ts';
import type { Layer } from '../layer.ts';
import { pub, pubs } from '../publication.ts';
import { entryLines } from '../pvs-list.ts';
import { beforeDot } from '../text.ts';

export const linkedinPublications: Layer = {
  id: 'linkedin/publications',
  read({ root, url }) {
    const card = q(root, 'div#publications')?.closest('section');
    const rows = card
      ? entryLines(card).map(([title, sub]) =>
          pub(title ?? null, sub ?? null, sub ? beforeDot(sub) : null, null, null, url),
        )
      : qa(root, '#publications li.publication,[data-section="publications"] li').map((li) =>
          pub(
            tq(li, '.item-title') ?? tq(li, 'h3'),
            tq(li, 'time,.date-range'),
            tq(li, '.item-subtitle') ?? tq(li, 'h4'),
            null,
            attr(q(li, 'h3 a,h4 a,.item-title a'), 'href'),
            url,
          ),
        );
    return { publications: pubs(rows) };
  },
};
