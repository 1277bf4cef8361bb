// Not a profile: recognised before any layer runs, so a sign-up wall or a
// list of search results can never come out as a made-up person. The page half
// answers with a reason (and, for results, the people listed, raw);
// finish/gate.ts turns it into the message the user reads.
import { attr, meta, q, qa, tq, txt } from './dom.ts';
import type { Ctx } from './layer.ts';
import { linkedinSlug, sameSlug } from './url.ts';

const slugOf = (a: Element) => linkedinSlug(attr(a, 'href') ?? '');

const RESULT = '[data-chameleon-result-urn],.entity-result,.reusable-search__result-container';

/** Each result of a results page, raw: its candidate name links (slug, text, name) and its headline. */
function results(doc: Document) {
  return qa(doc, RESULT)
    .filter((r) => !r.parentElement?.closest(RESULT))
    .slice(0, 1000)
    .map((r) => ({
      // The name link is the one with visible text (the photo link has none); mutual-connection links sit in "insights".
      links: qa(r, 'a[href*="/in/"]')
        .filter((a) => !a.closest('[class*="insight"]'))
        .map((a) => [slugOf(a), txt(a), txt(q(a, 'span[aria-hidden="true"]') ?? a)]),
      headline: tq(r, '.entity-result__primary-subtitle,.t-14.t-black.t-normal'),
    }));
}

export function gate({ doc, url, root }: Ctx): string | { results: ReturnType<typeof results> } | null {
  const key = `${meta(doc, 'pageKey')} ${attr(q(doc, 'link[rel="canonical"]'), 'href')}`;
  const slug = linkedinSlug(url);
  if (/auth_?wall/i.test(key) || q(doc, '.authwall-join-form,form.join-form')) return 'auth-wall';
  if (q(doc, '.page-not-found__headline,.page-not-found,.profile-unavailable')) return 'not-found';
  // A results list without a profile heading, whatever the URL says (a saved page may have lost it).
  if (/\/search\/results\//.test(url) || (qa(doc, RESULT).length > 1 && !q(root, 'h1,[componentkey$="Topcard"]')))
    return { results: results(doc) };
  if (/\/(company|school|showcase)\//.test(url) || q(root, '.org-top-card,.org-top-card-summary__title'))
    return 'company';
  if (!slug) return 'unsupported';
  // LinkedIn is a single-page app: after the URL changes the DOM can still show the
  // previous person. The top card's own links name their member; if they all name
  // someone else, refuse rather than capture the wrong person. (Member-URN URLs,
  // "ACoA…", cannot be compared with vanity links.)
  const own = qa(root, 'a[href*="/overlay/"]')
    .filter((a) => /\/overlay\/(contact-info|about-this-profile|background-photo)/.test(attr(a, 'href') ?? ''))
    .map(slugOf);
  return own.length && !/^ACoA/.test(slug) && !own.some((s) => sameSlug(s, slug)) ? 'loading' : null;
}
