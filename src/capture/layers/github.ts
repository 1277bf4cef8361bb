// GitHub user page: the vcard sidebar uses microformat-like classes
// (p-name, p-nickname, p-note, p-org, p-label) and itemprop attributes.
import { imgUrl, q, rawText, tq } from '../dom.ts';
import type { Layer } from '../layer.ts';
import { clean } from '../text.ts';

export const github: Layer = {
  id: 'github',
  read({ root, url }) {
    const name = tq(root, '.p-name');
    const nick = tq(root, '.p-nickname');
    if (!name && !nick) return null;
    const bio = clean(rawText(q(root, '.p-note')), 2000, true);
    const org = tq(root, '.p-org');
    return {
      name: name ?? nick,
      headline: bio?.split('\n')[0] ?? null,
      about: bio,
      location: tq(root, '[itemprop="homeLocation"]'),
      photoUrl: imgUrl(q(root, 'img.avatar-user'), url),
      current: org ? { title: null, company: org.replace(/^@/, '') } : null,
    };
  },
};
