// LinkedIn's React "flagship" rewrite (2026): every class hashed, no section
// ids. Cards are found by componentkey (…Topcard, …About, …Experience…), the
// top card's fields by structure: the heading, the <p> lines under it, the
// line next to the contact-info link, the company pill with a logo. Raw lines
// out; which line is what is decided in finish/linkedin-react.ts.
import { imgSrc, para, q, qa, shown, txt } from '../dom.ts';
import type { Layer } from '../layer.ts';
import { PHOTO } from './linkedin-topcard.ts';

const BOX = '[data-testid="expandable-text-box"]';
const lines = (el: Element) =>
  qa(el, 'p,h3,h4')
    .filter((p) => !p.closest(BOX))
    .map((p) => txt(p));

export const react2026: Layer = {
  id: 'linkedin/react-2026',
  read({ root }) {
    const top = q(root, '[componentkey$="Topcard"]');
    if (!top) return null;
    const about = q(root, '[componentkey$="About"]');
    // The location is the line beside the contact-info link, with or without <p> wrappers.
    const link = q(top, 'a[href*="/overlay/contact-info"]');
    const row = link?.closest('p')?.parentElement ?? link?.parentElement;
    const pill = qa(top, '[role="button"]').find((b) => q(b, 'img[src*="company-logo"]'));
    const list = (key: string) => qa(q(root, `section[componentkey*="${key}"]`), 'li');
    return {
      name: txt(q(top, 'h1,h2')),
      // Each line under the name, and whether it is a link or a button (never the headline).
      lines: shown(top, 'p').map((p) => [txt(p), !!p.closest('a,[role="button"]')]),
      beside: Array.from(row?.children ?? [])
        .filter((e) => !e.contains(link as Node))
        .map((e) => txt(e)),
      photo: imgSrc(q(top, PHOTO)),
      company: pill ? txt(q(pill, 'p')) : null,
      about: para(q(about, BOX)),
      // The About card's lines outside the About text: one may be "Top skills" ("A • B • C").
      aboutLines: shown(about, 'p')
        .filter((p) => !p.closest(BOX) && !q(p, BOX))
        .map((p) => txt(p)),
      // A loaded card: one <li> per entry, its <p> lines in the same order as the pvs layout.
      experience: list('Experience').map((li) => ({ lines: lines(li), desc: para(q(li, BOX)) })),
      education: list('Education').map(lines),
      skills: list('Skills').map(lines),
      // Cards below Activity load lazily: empty placeholders mean we saw only part of the page.
      lazy: qa(root, '[componentkey*="profileCardsBelowActivity"]').some((p) => !p.textContent?.trim()),
    };
  },
};
