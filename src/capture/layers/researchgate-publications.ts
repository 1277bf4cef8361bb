// ResearchGate's publication list: schema.org ScholarlyArticle microdata items
// (nova-legacy-v-publication-item): the headline link, then meta lines (date,
// journal). ResearchGate shows no citation count in the list.
import { attr, q, qa, texts, tq } from '../dom.ts';
import type { Layer } from '../layer.ts';

export const researchGatePublications: Layer = {
  id: 'researchgate/publications',
  read: ({ root }) =>
    qa(root, '[itemtype*="ScholarlyArticle"],.nova-legacy-v-publication-item').map((it) => [
      tq(it, '[itemprop="headline"],[class*="publication-item__title"]'),
      texts(it, '[class*="meta-data-item"]'),
      attr(q(it, '[itemprop="headline"] a,[class*="publication-item__title"] a'), 'href'),
    ]),
};
