// OpenGraph profile tags: only pages that say they are a profile (og:type=profile or
// profile:* tags) count.
import type { Finisher } from '../layer.ts';
import { arr, str } from './raw.ts';

export const openGraph: Finisher = {
  finish(raw, { site }) {
    const [type, first, last, title, image, description] = arr(raw, 6).map(str);
    if (type !== 'profile' && !first && !last) return null;
    return {
      name: [first, last].filter(Boolean).join(' ') || title?.split(/ [|\-–] /)[0] || null,
      photoUrl: image ?? null,
      // LinkedIn's og:description is a summary line ("Experience: … · Education: …"), not the About.
      about: site === 'linkedin' ? null : (description ?? null),
    };
  },
};
