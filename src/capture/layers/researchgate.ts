// ResearchGate researcher profile. The Person is in JSON-LD (json-ld layer);
// this adds what only the page shows: the degree/institution line of the title
// ("Name | PhD (Field), Institution") and the skill badges (links to /topic/).
// The <h1> may print the affiliation beside the name: the name is the h1's
// first block only, and a degree is education, never the current title.

import { DEGREE } from '../degree.ts';
import { para, q, qa, texts, tq, txt } from '../dom.ts';
import type { Layer } from '../layer.ts';
import { clean } from '../text.ts';

export const researchGate: Layer = {
  id: 'researchgate',
  read({ doc, root }) {
    const [name, ...rest] = doc.title.split(' | ');
    const line = clean(rest.join(' | '));
    const h1 = q(root, 'h1');
    const whole = txt(h1);
    const first = tq(h1, '[class*="pack__item"],div');
    // The title spells the family name in capitals; the h1 may run on with the affiliation.
    const n = clean(name);
    const own = n && whole?.toLowerCase().startsWith(n.toLowerCase()) ? whole.slice(0, n.length) : null;
    const head = line?.split(', ')[0] ?? null;
    const deg = head?.match(/^(.+?)\s*(?:\((.+)\))?$/);
    const isDegree = !!head && DEGREE.test(deg?.[1] ?? '');
    // Institution cards (nova-legacy-v-job-item): institution, department and place, then "Position" and description sections.
    const inst = line?.split(', ').slice(1).join(', ') || null;
    const jobs = qa(root, '.nova-legacy-v-job-item').map((it) => {
      const meta = texts(it, '[class*="job-item__meta-data-item"]');
      const sections = qa(it, 'ul[class*="job-item__info-section-list"]');
      return {
        title: txt(sections[0]),
        company: tq(it, '[class*="job-item__title"]'),
        location: meta.length > 1 ? (meta[meta.length - 1] ?? null) : null,
        description: para(sections[1]),
        start: null,
        end: null,
        current: false,
      };
    });
    // The card of the institution named in the title line is the current one.
    const now = jobs.find((j) => j.company && j.company === inst);
    if (now) now.current = true;
    return {
      name: own ?? first ?? whole ?? n,
      location: now?.location ?? null,
      experience: jobs,
      headline: line,
      current: inst ? { title: isDegree ? null : head, company: inst } : null,
      education:
        isDegree && inst
          ? [{ school: inst, degree: deg?.[1] ?? null, field: deg?.[2] ?? null, start: null, end: null }]
          : [],
      skills: texts(root, '.js-target-skills a,a[href^="topic/"],a[href*="/topic/"]'),
    };
  },
};
