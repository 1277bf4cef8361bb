// Addresses the popup offers as links on a LinkedIn profile: built only from the captured
// profile's canonical address (https://www.linkedin.com/in/<slug>/), never from a link the page
// gave, so a hostile page cannot make the popup open something else.

export type ListSection = 'experience' | 'education' | 'skills';

/** The member's slug when `profileUrl` is a canonical LinkedIn profile address, else null. */
function slugOf(profileUrl: string): string | null {
  const m = /^https:\/\/www\.linkedin\.com\/in\/([^/?#]+)\/$/.exec(profileUrl);
  return m ? (m[1] as string) : null;
}

/** The main profile page, or one of its full lists (/details/<list>/); null for other addresses. */
export function linkedinPage(profileUrl: string, list?: ListSection): string | null {
  const slug = slugOf(profileUrl);
  if (!slug) return null;
  // The canonical address holds the slug decoded; encode it again for the link.
  const base = `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
  return list ? `${base}details/${list}/` : base;
}
