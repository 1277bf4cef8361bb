// An h-card's fields: the job title and organisation make the headline when both are there.
import type { Finisher } from '../layer.ts';
import { line, obj, photo } from './raw.ts';

export const hCard: Finisher = {
  finish(raw, { url }) {
    const r = obj(raw);
    const title = line(r.title);
    const org = line(r.org);
    return {
      name: line(r.name) ?? line(r.self),
      headline: title && org ? `${title}, ${org}` : (title ?? line(r.note)),
      location: line(r.locality) ?? line(r.adr),
      about: line(r.about, 10_000),
      photoUrl: photo(r.photo, url),
      current: title || org ? { title, company: org } : null,
    };
  },
};
