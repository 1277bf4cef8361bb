// LinkedIn top card, 2021-2025 ("pvs" era, classic and hashed classes): the
// first card in <main> with an <h1>. Utility classes (text-body-medium,
// dist-value) and links (/overlay/contact-info/) survived the 2024 class
// hashing, so those are what we key on. Raw text out; finish/fields.ts does the rest.
import { imgSrc, q, tq, txt } from '../dom.ts';
import type { Layer } from '../layer.ts';

export const PHOTO =
  'img[src*="profile-displayphoto"],img[src*="profile-framedphoto"],img.pv-top-card-profile-picture__image,img.pv-top-card-section__photo';

export const topCard: Layer = {
  id: 'linkedin/top-card',
  read({ root }) {
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
      photo: imgSrc(q(card, PHOTO)),
      degree: tq(card, '.dist-value'),
      company: co ? txt(co) : null,
    };
  },
};
