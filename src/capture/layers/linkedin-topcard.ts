// LinkedIn top card, 2021-2025 ("pvs" era, classic and hashed classes): the
// first card in <main> with an <h1>. Utility classes (text-body-medium,
// dist-value) and links (/overlay/contact-info/) survived the 2024 class
// hashing, so those are what we key on.
import { imgUrl, q, tq, txt } from '../dom.ts';
import type { Found, Layer } from '../layer.ts';

export const PHOTO =
  'img[src*="profile-displayphoto"],img[src*="profile-framedphoto"],img.pv-top-card-profile-picture__image,img.pv-top-card-section__photo';

/** "2nd", "· 2nd", "2度", "2e" → '2nd'. */
export function degree(s: string | null): Found['connectionDegree'] {
  const m = s?.match(/(?:^|\D)([123])(?!\d)/);
  return m ? ((['1st', '2nd', '3rd'] as const)[+(m[1] as string) - 1] ?? null) : null;
}

export const topCard: Layer = {
  id: 'linkedin/top-card',
  read({ root, url }) {
    const h1 = q(root, 'section h1,.pv-top-card h1');
    const card = h1?.closest('section');
    if (!h1 || !card) return null;
    const contact = q(card, 'a[href*="/overlay/contact-info"]');
    const locEl =
      contact?.closest('span,div')?.parentElement?.querySelector(':scope > span') ??
      q(card, '.text-body-small.inline.t-black--light');
    // The right panel lists current company then school; only the first links to the experience card.
    const co = q(card, 'a[href="#experience"],button[aria-label*="experience" i]');
    return {
      name: txt(h1),
      headline: tq(card, '.text-body-medium'),
      location: locEl && !locEl.contains(contact) ? txt(locEl) : null,
      photoUrl: imgUrl(q(card, PHOTO), url),
      connectionDegree: degree(tq(card, '.dist-value')),
      current: co ? { title: null, company: txt(co) } : null,
    };
  },
};
