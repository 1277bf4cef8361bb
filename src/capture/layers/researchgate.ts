// ResearchGate researcher profile. The Person is in JSON-LD (json-ld layer);
// this adds what only the page shows: the degree/institution line of the title
// ("Name | PhD (Field), Institution") and the skill badges (links to /topic/).
import { texts, tq } from '../dom.ts';
import type { Layer } from '../layer.ts';
import { clean } from '../text.ts';

export const researchGate: Layer = {
  id: 'researchgate',
  sites: ['researchgate'],
  run({ doc, root }) {
    const [name, ...rest] = doc.title.split(' | ');
    const line = clean(rest.join(' | '));
    const h1 = tq(root, 'h1');
    const inst = line?.split(', ').slice(1).join(', ') || null;
    return {
      name: h1 ?? clean(name),
      headline: line,
      current: inst ? { title: line?.split(', ')[0] ?? null, company: inst } : null,
      skills: texts(root, '.js-target-skills a,a[href^="topic/"],a[href*="/topic/"]'),
    };
  },
};
