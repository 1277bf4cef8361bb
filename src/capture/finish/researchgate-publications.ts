// ResearchGate's publication items: of the meta lines, the one with a year is the date, the
// first without one the venue.
import type { Finisher } from '../layer.ts';
import { pub, pubs, yearOf } from '../publication.ts';
import { arr, line, lines, str } from './raw.ts';

export const researchGatePublications: Finisher = {
  sites: ['researchgate'],
  finish: (raw, { url }) => ({
    publications: pubs(
      arr(raw).map((x) => {
        const [title, metaLines, href] = arr(x, 3);
        const meta = lines(metaLines);
        return pub(
          line(title),
          meta.find((m) => yearOf(m)) ?? null,
          meta.find((m) => !yearOf(m)) ?? null,
          null,
          str(href),
          url,
        );
      }),
    ),
  }),
};
