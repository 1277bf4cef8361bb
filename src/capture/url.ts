// Page identity from the URL alone: which site, and for LinkedIn which member.
import type { Site } from '../domain/profile.ts';

const HOST = /^https?:\/\/([^/?#]+)/i;

export function siteOf(url: string): Site {
  const h = (url.match(HOST)?.[1] ?? '').toLowerCase();
  return /(^|\.)linkedin\.com$/.test(h)
    ? 'linkedin'
    : /^scholar\.google\.(com?\.)?[a-z]{2,3}$/.test(h)
      ? 'scholar'
      : /(^|\.)researchgate\.net$/.test(h)
        ? 'researchgate'
        : /^(www\.)?github\.com$/.test(h)
          ? 'github'
          : 'generic';
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The member slug of a LinkedIn URL or path (/in/<slug>/...), URI-decoded, or null. */
export function linkedinSlug(url: string): string | null {
  const m = url.match(/^(?:https?:\/\/[^/]*linkedin\.com)?\/in\/([^/?#]+)/i);
  return m ? decode(m[1] as string) : null;
}

/** https://www.linkedin.com/in/<slug>/ whatever country subdomain, sub-page or query; other sites: the URL without its #fragment. */
export function canonicalUrl(url: string, site: Site): string {
  const slug = site === 'linkedin' && linkedinSlug(url);
  return slug ? `https://www.linkedin.com/in/${slug}/` : (url.split('#')[0] as string);
}

/** Same member? Compares slugs case-insensitively after decoding. */
export function sameSlug(a: string | null, b: string | null): boolean {
  return !!a && !!b && decode(a).toLowerCase() === decode(b).toLowerCase();
}

/**
 * Which capture bundle a tab's page receives: its site's (src/capture/bundles/), or the generic
 * one for every other address, an unknown one included.
 */
export function bundleFor(url: string | null | undefined): Site {
  return siteOf(url ?? '');
}
