// Not a profile: recognised before any layer runs, so a sign-up wall or a
// list of search results can never come out as a made-up person.
import type { CaptureResult, LinkedPerson, NotProfileReason } from '../domain/profile.ts';
import { attr, meta, q, qa, tq, txt } from './dom.ts';
import type { Ctx } from './layer.ts';
import { MAX_LIST } from './text.ts';
import { linkedinSlug, sameSlug } from './url.ts';

type NotProfile = Extract<CaptureResult, { kind: 'not-profile' }>;
export const no = (reason: NotProfileReason, message: string, people: LinkedPerson[] = []): NotProfile => ({
  kind: 'not-profile',
  reason,
  message,
  people,
});
const slugOf = (a: Element) => linkedinSlug(attr(a, 'href') ?? '');

const RESULT = '[data-chameleon-result-urn],.entity-result,.reusable-search__result-container';

/** People linked from a results page: name, profile URL (query dropped), headline. */
function resultPeople(doc: Document): LinkedPerson[] {
  const out = new Map<string, LinkedPerson>();
  for (const r of qa(doc, RESULT)) {
    // The name link is the one with visible text (the photo link has none); mutual-connection links sit in "insights".
    const link = qa(r, 'a[href*="/in/"]').find((a) => txt(a) && !a.closest('[class*="insight"]'));
    const slug = link && slugOf(link);
    const name = txt(q(link, 'span[aria-hidden="true"]') ?? link);
    if (slug && name && !out.has(slug) && out.size < MAX_LIST && !r.parentElement?.closest(RESULT))
      out.set(slug, {
        name,
        url: `https://www.linkedin.com/in/${slug}/`,
        headline: tq(r, '.entity-result__primary-subtitle,.t-14.t-black.t-normal'),
      });
  }
  return [...out.values()];
}

export function gate({ doc, url, root }: Ctx): NotProfile | null {
  const key = `${meta(doc, 'pageKey')} ${attr(q(doc, 'link[rel="canonical"]'), 'href')}`;
  const slug = linkedinSlug(url);
  if (/auth_?wall/i.test(key) || q(doc, '.authwall-join-form,form.join-form'))
    return no('auth-wall', 'Sign-in wall: sign in to LinkedIn and try again.');
  if (q(doc, '.page-not-found__headline,.page-not-found,.profile-unavailable'))
    return no('not-found', 'Profile not found or not visible to you.');
  // A results list without a profile heading, whatever the URL says (a saved page may have lost it).
  if (/\/search\/results\//.test(url) || (qa(doc, RESULT).length > 1 && !q(root, 'h1,[componentkey$="Topcard"]')))
    return no('search-results', 'Search results: open one person, or save people one at a time.', resultPeople(doc));
  if (/\/(company|school|showcase)\//.test(url) || q(root, '.org-top-card,.org-top-card-summary__title'))
    return no('company', 'A company page, not a person.');
  if (!slug) return no('unsupported', 'Not a profile page.');
  // LinkedIn is a single-page app: after the URL changes the DOM can still show the
  // previous person. The top card's own links name their member; if they all name
  // someone else, refuse rather than capture the wrong person. (Member-URN URLs,
  // "ACoA…", cannot be compared with vanity links.)
  const own = qa(root, 'a[href*="/overlay/"]')
    .filter((a) => /\/overlay\/(contact-info|about-this-profile|background-photo)/.test(attr(a, 'href') ?? ''))
    .map(slugOf);
  return own.length && !/^ACoA/.test(slug) && !own.some((s) => sameSlug(s, slug))
    ? no('loading', 'Still loading this profile: try again in a moment.')
    : null;
}
