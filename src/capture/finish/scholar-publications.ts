// Scholar's publication rows: title, year, venue, citations, link. The second grey line is the
// venue; its ", 2018" tail (gs_oph) repeats the year column.
import type { Finisher } from '../layer.ts';
import { pub, pubs } from '../publication.ts';
import { arr, line, str } from './raw.ts';

export const scholarPublications: Finisher = {
  sites: ['scholar'],
  finish: (raw, { url }) => ({
    publications: pubs(
      arr(raw).map((x) => {
        const [title, year, venue, citations, href] = arr(x, 5);
        return pub(
          line(title),
          line(year),
          line(venue)?.replace(/,\s*(?:19|20)\d\d$/, '') ?? null,
          line(citations),
          str(href),
          url,
        );
      }),
    ),
  }),
};
