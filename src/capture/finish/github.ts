// A GitHub profile: the bio's first line is the headline, the organisation (without its @) the company.
import type { Finisher } from '../layer.ts';
import { clean } from '../text.ts';
import { line, obj, photo, str } from './raw.ts';

export const github: Finisher = {
  sites: ['github'],
  finish(raw, { url }) {
    const r = obj(raw);
    const name = line(r.name);
    const nick = line(r.nick);
    if (!name && !nick) return null;
    const bio = clean(str(r.bio), 2000, true);
    const org = line(r.org);
    return {
      name: name ?? nick,
      headline: bio?.split('\n')[0] ?? null,
      about: bio,
      location: line(r.location),
      photoUrl: photo(r.photo, url),
      current: org ? { title: null, company: org.replace(/^@/, '') } : null,
    };
  },
};
