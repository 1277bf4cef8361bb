// /in/<slug>/details/experience/ (and education, skills): the full list behind
// "Show all N". The page has no top card; the name is in the title
// ("Experience | Name | LinkedIn"). Saved into the same person by URL.
import type { Layer } from '../layer.ts';
import { entries } from '../pvs-list.ts';

export const details: Layer = {
  id: 'linkedin/details',
  read({ root, url }) {
    // Which list comes from the URL; the name from the title (linkedin/title).
    return /\/details\/(experience|education|skills)/.test(url) ? entries(root) : null;
  },
};
