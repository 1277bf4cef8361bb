// LinkedIn's React "flagship" rewrite (2026): every class hashed, no section
// ids. Cards are found by componentkey (…Topcard, …About, …Experience…), the
// top card's fields by structure: the heading, the <p> lines under it, the
// line next to the contact-info link, the company pill with a logo.
import { imgUrl, para, q, qa, txt } from '../dom.ts';
import { toPosition, toSchool } from '../entries.ts';
import type { Found, Layer } from '../layer.ts';
import { degree, PHOTO } from './linkedin-topcard.ts';

const lines = (el: Element) =>
  qa(el, 'p,h3,h4')
    .filter((p) => !p.closest('[data-testid="expandable-text-box"]'))
    .map((p) => txt(p) ?? '·')
    .filter((t) => t !== '·');
const KINDS = [
  ['experience', 'Experience'],
  ['education', 'Education'],
  ['skills', 'Skills'],
] as const;

export const react2026: Layer = {
  id: 'linkedin/react-2026',
  sites: ['linkedin'],
  run({ root, url }) {
    const top = q(root, '[componentkey$="Topcard"]');
    if (!top) return null;
    const ps = qa(top, 'p').map((p) => ({ p, t: txt(p) ?? '' }));
    // The headline is the first line under the name that is not the "· 2nd" badge or a link.
    const headline = ps.find((x) => x.t.length > 1 && x.t[0] !== '·' && !x.p.closest('a,[role="button"]'));
    const locRow = q(top, 'a[href*="/overlay/contact-info"]')?.closest('p')?.parentElement;
    const pill = qa(top, '[role="button"]').find((b) => q(b, 'img[src*="company-logo"]'));
    const out: Found = {
      name: txt(q(top, 'h1,h2')),
      headline: headline?.t ?? null,
      location: txt(q(locRow, 'p')),
      photoUrl: imgUrl(q(top, PHOTO), url),
      connectionDegree: degree(ps.find((x) => /^·\s*\S{1,6}$/.test(x.t))?.t ?? null),
      current: pill ? { title: null, company: txt(q(pill, 'p')) } : null,
      about: para(q(root, '[componentkey$="About"] [data-testid="expandable-text-box"]')),
      incomplete: [],
    };
    const lazy = qa(root, '[componentkey*="profileCardsBelowActivity"]').some((p) => !p.textContent?.trim());
    for (const [kind, key] of KINDS) {
      // A loaded card: one <li> per entry, its <p> lines in the same order as the pvs layout.
      const items = qa(q(root, `section[componentkey*="${key}"]`), 'li').map((li) => {
        const l = lines(li);
        return kind === 'experience'
          ? toPosition(l, null, para(q(li, '[data-testid="expandable-text-box"]')))
          : kind === 'education'
            ? toSchool(l)
            : l[0];
      });
      if (items.length) (out as Record<string, unknown>)[kind] = items;
      // Cards below Activity load lazily: empty placeholders mean we saw only part of the page.
      else if (lazy)
        out.incomplete?.push({ section: kind, hint: 'Not loaded yet: scroll down to it and capture again.' });
    }
    return out;
  },
};
