// /details/<what>/ sub-pages: the list the URL names.
import type { Finisher } from '../layer.ts';
import { positions, schools, skillNames } from './pvs.ts';

export const details: Finisher = {
  sites: ['linkedin'],
  finish(raw, { url }) {
    const what = url.match(/\/details\/(experience|education|skills)/)?.[1];
    if (!what) return null;
    return { [what]: (what === 'experience' ? positions : what === 'education' ? schools : skillNames)(raw) };
  },
};
