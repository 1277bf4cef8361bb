// Which links point at one person's profile, for right-click "Save contact" on a link.
// Kept to sites whose profile URLs have a known shape, so a random link is never saved as a person.

const GITHUB_RESERVED = new Set([
  'about',
  'apps',
  'collections',
  'contact',
  'customer-stories',
  'enterprise',
  'events',
  'explore',
  'features',
  'issues',
  'login',
  'marketplace',
  'new',
  'notifications',
  'orgs',
  'pricing',
  'pulls',
  'search',
  'settings',
  'signup',
  'sponsors',
  'team',
  'topics',
  'trending',
]);

export function isProfileLink(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const host = url.hostname.replace(/^www\./, '').toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean);
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return parts[0] === 'in' && parts.length >= 2;
  if (host === 'scholar.google.com' || /^scholar\.google\.[a-z.]+$/.test(host)) {
    return parts[0] === 'citations' && url.searchParams.has('user');
  }
  if (host === 'researchgate.net') return parts[0] === 'profile' && parts.length >= 2;
  if (host === 'github.com') return parts.length === 1 && !GITHUB_RESERVED.has(parts[0]!.toLowerCase());
  return false;
}
