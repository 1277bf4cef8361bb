// OpenGraph profile tags: the last resort on any site (finish/opengraph.ts decides).
import { meta } from '../dom.ts';
import type { Layer } from '../layer.ts';

export const openGraph: Layer = {
  id: 'opengraph',
  read: ({ doc }) =>
    ['og:type', 'profile:first_name', 'profile:last_name', 'og:title', 'og:image', 'og:description'].map((k) =>
      meta(doc, k),
    ),
};
