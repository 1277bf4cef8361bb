// One canonical form per profile URL, so the same person saved from a search result, a
// mobile link and the "/details/experience/" page is one contact (the unique index on
// contacts.profileUrl depends on this).
import type { Site } from './profile.ts';

/** Query parameters that only track the click; dropping them never changes the page. */
const NOISE_PARAMS =
  /^(utm_.*|trk.*|ref|refid|src|source|fbclid|gclid|mc_.*|lipi|midtoken|midsig|original_referer|hl)$/i;

function parse(raw: string): URL | null {
  const text = raw.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text.replace(/^\/+/, '')}`;
  try {
    const url = new URL(withScheme);
    // A user name or password means it was never a web address ("mailto:a@b.c" read as https).
    if (url.username || url.password) return null;
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a stray "%" in a hand-typed URL: keep it rather than fail
  }
}

function isLinkedIn(host: string): boolean {
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

/**
 * LinkedIn → `https://www.linkedin.com/in/<decoded, lower-case slug>/` (country and mobile
 * hosts, sub-pages and tracking all collapse); other sites → https, lower-case host, no hash,
 * no tracking parameters, no trailing slash. Returns null when the text is not a web URL.
 */
export function normaliseProfileUrl(raw: string): string | null {
  const url = parse(raw);
  if (!url) return null;
  const host = url.hostname.toLowerCase();
  if (isLinkedIn(host)) {
    const m = /^\/(in|pub)\/([^/]+)/i.exec(url.pathname);
    if (m?.[1]?.toLowerCase() === 'in' && m[2]) {
      // Vanity slugs are case-insensitive on LinkedIn; exports percent-encode non-ASCII ones.
      return `https://www.linkedin.com/in/${safeDecode(m[2]).toLowerCase()}/`;
    }
  }
  const params = [...url.searchParams.entries()]
    .filter(([k]) => !NOISE_PARAMS.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  const port = url.port ? `:${url.port}` : '';
  return `https://${withoutMobilePrefix(host)}${port}${path}${query}`;
}

/**
 * "www.", "m." and "mobile." come off for as long as a domain with a dot is left, so the result is a fixed point
 * ("m.m.example.org" and "m.example.org" both give "example.org"; "m.org" stays) and normalising twice changes
 * nothing.
 */
function withoutMobilePrefix(host: string): string {
  let h = host;
  for (let m = /^(?:www|m|mobile)\.(.+\..+)$/.exec(h); m; m = /^(?:www|m|mobile)\.(.+\..+)$/.exec(h))
    h = m[1] as string;
  return h;
}

/**
 * The key a contact is stored and looked up under: the canonical address, or the trimmed text when it is not a web
 * address (a hand-typed contact keeps what was typed). One rule for the store, drafts and the popup's early lookup.
 */
export function profileKey(raw: string): string {
  return normaliseProfileUrl(raw) ?? raw.trim();
}

/** Which capture site a (normalised or raw) profile URL belongs to. */
export function siteOf(raw: string): Site {
  const host = parse(raw)?.hostname.toLowerCase() ?? '';
  if (isLinkedIn(host)) return 'linkedin';
  if (host === 'scholar.google.com' || host.startsWith('scholar.google.')) return 'scholar';
  if (host.endsWith('researchgate.net')) return 'researchgate';
  if (host === 'github.com') return 'github';
  return 'generic';
}
