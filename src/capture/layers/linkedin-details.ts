// /in/<slug>/details/experience/ (and education, skills): the full list behind
// "Show all N". The page has no top card; the name is in the title
// ("Experience | Name | LinkedIn"). Saved into the same person by URL.
import type { Layer } from '../layer.ts';
import { positions, schools, skillNames } from '../pvs-list.ts';

export const details: Layer = {
  id: 'linkedin/details',
  read({ root, url }) {
    const what = url.match(/\/details\/(experience|education|skills)/)?.[1];
    if (!what) return null;
    // The name comes from the title ("Experience | Name | LinkedIn", linkedin/title).
    return { [what]: (what === 'experience' ? positions : what === 'education' ? schools : skillNames)(root) };
  },
};
