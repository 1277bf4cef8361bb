// GitHub user page: the vcard sidebar uses microformat-like classes
// (p-name, p-nickname, p-note, p-org, p-label) and itemprop attributes.
import { imgSrc, q, rawText, tq } from '../dom.ts';
import type { Layer } from '../layer.ts';

export const github: Layer = {
  id: 'github',
  read({ root }) {
    return {
      name: tq(root, '.p-name'),
      nick: tq(root, '.p-nickname'),
      bio: rawText(q(root, '.p-note'), 4064),
      org: tq(root, '.p-org'),
      location: tq(root, '[itemprop="homeLocation"]'),
      photo: imgSrc(q(root, 'img.avatar-user')),
    };
  },
};
