// LinkedIn's React "flagship" rewrite (2026): every class hashed, no section
// ids. Cards are found by componentkey (…Topcard, …About, …Experience…), the
// top card's fields by structure: the heading, the <p> lines under it, the
// line next to the contact-info link, the company pill with a logo.
import { imgUrl, para, q, qa, shown, txt } from '../dom.ts';
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

/** Skills joined by " • " on a line of their own in the About card, outside the About text itself. */
function topSkills(about: Element | null): string[] {
  for (const p of shown(about, 'p')) {
    if (p.closest('[data-testid="expandable-text-box"]') || q(p, '[data-testid="expandable-text-box"]')) continue;
    const parts = (txt(p) ?? '').split(/\s+[•·]\s+/);
    if (parts.length > 1 && parts.every((x) => x && x.length <= 80)) return parts;
  }
  return [];
}

export const react2026: Layer = {
  id: 'linkedin/react-2026',
  read({ root, url }) {
    const top = q(root, '[componentkey$="Topcard"]');
    if (!top) return null;
    const about = q(root, '[componentkey$="About"]');
    const ps = shown(top, 'p').map((p) => ({ p, t: txt(p) ?? '' }));
    // The headline is the first line under the name that is not the "· 2nd" badge or a link.
    const headline = ps.find((x) => x.t.length > 1 && x.t[0] !== '·' && !x.p.closest('a,[role="button"]'));
    // The location is the line beside the contact-info link, with or without <p> wrappers.
    const link = q(top, 'a[href*="/overlay/contact-info"]');
    const row = link?.closest('p')?.parentElement ?? link?.parentElement;
    const loc = Array.from(row?.children ?? []).find((e) => !e.contains(link as Node) && (txt(e) ?? '·') !== '·');
    const pill = qa(top, '[role="button"]').find((b) => q(b, 'img[src*="company-logo"]'));
    const out: Found = {
      name: txt(q(top, 'h1,h2')),
      headline: headline?.t ?? null,
      location: txt(loc),
      photoUrl: imgUrl(q(top, PHOTO), url),
      connectionDegree: degree(ps.find((x) => /^·\s*\S{1,6}$/.test(x.t))?.t ?? null),
      current: pill ? { title: null, company: txt(q(pill, 'p')) } : null,
      about: para(q(about, '[data-testid="expandable-text-box"]')),
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
      // The About card's "Top skills" line ("A • B • C") stands in for a skills card not loaded yet.
      else if (kind === 'skills' && topSkills(about).length) out.skills = topSkills(about);
      else if (lazy)
        out.incomplete?.push({ section: kind, hint: 'Not loaded yet: scroll down to it and capture again.' });
    }
    return out;
  },
};
