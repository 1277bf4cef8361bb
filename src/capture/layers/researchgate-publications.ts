// ResearchGate's publication list: schema.org ScholarlyArticle microdata items
// (nova-legacy-v-publication-item): the headline link, then meta lines (date,
// journal). ResearchGate shows no citation count in the list.
import { attr, q, qa, texts, tq } from '../dom.ts';
import type { Layer } from '../layer.ts';
import { pub, pubs, yearOf } from '../publication.ts';

export const researchGatePublications: Layer = {
  id: 'researchgate/publications',
  read({ root, url }) {
    return {
      publications: pubs(
        qa(root, '[itemtype*="ScholarlyArticle"],.nova-legacy-v-publication-item').map((it) => {
          const meta = texts(it, '[class*="meta-data-item"]');
          return pub(
            tq(it, '[itemprop="headline"],[class*="publication-item__title"]'),
            meta.find((m) => yearOf(m)) ?? null,
            meta.find((m) => !yearOf(m)) ?? null,
            null,
            attr(q(it, '[itemprop="headline"] a,[class*="publication-item__title"] a'), 'href'),
            url,
          );
        }),
      ),
    };
  },
};
