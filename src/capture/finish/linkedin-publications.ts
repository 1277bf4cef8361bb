// LinkedIn's Publications: the logged-in card's entries (title, "Venue · date"), or the public
// pages' rows (title, date, venue, link).
import type { Finisher } from '../layer.ts';
import { pub, pubs } from '../publication.ts';
import { beforeDot } from '../text.ts';
import { arr, line, lines, obj, str } from './raw.ts';

export const linkedinPublications: Finisher = {
  sites: ['linkedin'],
  finish(raw, { url }) {
    const r = obj(raw);
    const rows = Array.isArray(r.card)
      ? arr(r.card).map((head) => {
          const [title, sub] = lines(head);
          return pub(title ?? null, sub ?? null, sub ? beforeDot(sub) : null, null, null, url);
        })
      : arr(r.rows).map((x) => {
          const [title, h3, date, subtitle, h4, href] = arr(x, 6);
          return pub(line(title) ?? line(h3), line(date), line(subtitle) ?? line(h4), null, str(href), url);
        });
    return { publications: pubs(rows) };
  },
};
