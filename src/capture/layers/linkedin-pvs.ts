// LinkedIn profile cards of the "pvs" era (2021-2025): each card is the
// <section> holding an anchor div#about / #experience / #education / #skills.
// The ids carry no language, so a Japanese or French page reads the same.
import { para, q, qa, rawText } from '../dom.ts';
import type { Layer } from '../layer.ts';
import { entries } from '../pvs-list.ts';

const card = (root: Element, id: string) => q(root, `#${id}`)?.closest('section') ?? null;

export const pvs: Layer = {
  id: 'linkedin/pvs',
  read({ root }) {
    const about = card(root, 'about');
    const span = about && qa(about, 'span[aria-hidden="true"]').find((s) => !s.closest('h2,.pvs-header__container'));
    const out: Record<string, unknown> = { about: para(span) };
    for (const id of ['experience', 'education', 'skills']) {
      const sec = card(root, id);
      // A "Show all N …" link to /details/<what>/ means the card shows only part of the list.
      const more = q(sec, `a[href*="/details/${id}"]`);
      if (sec) out[id] = { entries: entries(sec), more: more ? rawText(more) : null };
    }
    return out;
  },
};
