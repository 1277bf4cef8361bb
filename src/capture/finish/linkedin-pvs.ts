// The "pvs" cards (2021-2025): About, and the Experience, Education and Skills lists, each
// flagged when its "Show all N" link says the card shows only part of it.
import type { IncompleteSection } from '../../domain/profile.ts';
import type { Finisher, Found } from '../layer.ts';
import { positions, schools, skillNames } from './pvs.ts';
import { arr, block, obj, str } from './raw.ts';

function truncated(
  more: string | null,
  what: IncompleteSection['section'],
  shown: number,
  slug: string | null,
): IncompleteSection | null {
  const total = Number(more?.match(/\d+/)?.[0] ?? 0);
  if (more === null || (total && total <= shown)) return null;
  return {
    section: what,
    shown,
    ...(total ? { total } : {}),
    hint: `Open linkedin.com/in/${slug}/details/${what}/ and capture it to add the rest.`,
  };
}

const LISTS = [
  ['experience', positions],
  ['education', schools],
  ['skills', skillNames],
] as const;

export const pvs: Finisher = {
  sites: ['linkedin'],
  finish(raw, { slug }) {
    const r = obj(raw);
    const out: Found = { incomplete: [] };
    out.about = block(r.about);
    for (const [id, read] of LISTS) {
      if (!Object.hasOwn(r, id)) continue;
      const sec = obj(r[id]);
      (out as Record<string, unknown>)[id] = read(sec.entries);
      const cut = truncated(str(sec.more), id, arr(sec.entries).length, slug);
      if (cut) out.incomplete?.push(cut);
    }
    return out;
  },
};
