// LinkedIn profile cards of the "pvs" era (2021-2025): each card is the
// <section> holding an anchor div#about / #experience / #education / #skills.
// The ids carry no language, so a Japanese or French page reads the same.
import type { IncompleteSection } from '../../domain/profile.ts';
import { para, q, qa, rawText } from '../dom.ts';
import type { Found, Layer } from '../layer.ts';
import { positions, schools, skillNames, topCount } from '../pvs-list.ts';

const card = (root: Element, id: string) => q(root, `#${id}`)?.closest('section') ?? null;

/** A "Show all N …" link to /details/<what>/ means the card shows only part of the list. */
export function truncated(
  sec: Element,
  what: IncompleteSection['section'],
  shown: number,
  slug: string | null,
): IncompleteSection | null {
  const a = q(sec, `a[href*="/details/${what}"]`);
  const total = Number(rawText(a).match(/\d+/)?.[0] ?? 0);
  if (!a || (total && total <= shown)) return null;
  return {
    section: what,
    shown,
    ...(total ? { total } : {}),
    hint: `Open linkedin.com/in/${slug}/details/${what}/ and capture it to add the rest.`,
  };
}

export const pvs: Layer = {
  id: 'linkedin/pvs',
  read({ root, slug }) {
    const out: Found = { incomplete: [] };
    const about = card(root, 'about');
    if (about) {
      const span = qa(about, 'span[aria-hidden="true"]').find((s) => !s.closest('h2,.pvs-header__container'));
      out.about = para(span);
    }
    const lists = [
      ['experience', positions],
      ['education', schools],
      ['skills', skillNames],
    ] as const;
    for (const [id, read] of lists) {
      const sec = card(root, id);
      if (!sec) continue;
      const items = read(sec) as never[];
      (out as Record<string, unknown>)[id] = items;
      const cut = truncated(sec, id, topCount(sec), slug);
      if (cut) out.incomplete?.push(cut);
    }
    return out;
  },
};
