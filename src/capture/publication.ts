// One publication from the pieces a page shows. Shared by the Scholar,
// ResearchGate, LinkedIn and JSON-LD publication layers; normalize() cleans it again.
import type { Publication } from '../domain/profile.ts';

/** The four-digit year in a date or citation line ("May 2022", "2019-03", "…, 2018"). */
export const yearOf = (s: string | null | undefined): string | null =>
  s?.match(/(?:^|\D)((?:19|20)\d\d)(?!\d)/)?.[1] ?? null;

export function pub(
  title: string | null,
  year: string | null,
  venue: string | null,
  citations: string | number | null,
  url: string | null,
  base: string,
): Publication | null {
  if (!title) return null;
  let href: string | null = null;
  try {
    href = url ? new URL(url, base).href : null;
  } catch {
    /* a broken link costs only the link */
  }
  const n = typeof citations === 'number' ? citations : Number.parseInt(String(citations ?? '').replace(/\D/g, ''), 10);
  return {
    title,
    year: yearOf(year),
    venue,
    citations: Number.isFinite(n) ? n : null,
    url: href && /^https?:/.test(href) ? href : null,
  };
}

/** The entries that made a publication, in page order. */
export const pubs = (xs: (Publication | null)[]): Publication[] => xs.filter((x): x is Publication => !!x);
