// A Scholar profile: "Professor of X, Some University": the part before the linked
// organisation is the title.
import type { Finisher } from '../layer.ts';
import { line as clean, lines, obj, photo } from './raw.ts';

export const scholar: Finisher = {
  sites: ['scholar'],
  finish(raw, { url }) {
    const r = obj(raw);
    const org = clean(r.org);
    const line = clean(r.line);
    const title =
      line && org && line.endsWith(org) ? line.slice(0, -org.length).replace(/[\s,;–-]+$/, '') || null : null;
    return {
      name: clean(r.name),
      headline: line,
      photoUrl: photo(r.photo, url),
      current: line ? { title: title ?? (org ? null : line), company: org } : null,
      skills: lines(r.skills),
    };
  },
};
