// LinkedIn's logged-out public profile (2020s): top-card-layout__*,
// experience-item / experience-group, education__list-item, data-section
// attributes. Masked values (asterisks) are kept as shown.
import { dateBits, imgSrc, para, q, qa, texts, tq, txt } from '../dom.ts';
import type { Layer } from '../layer.ts';

const position = (li: Element, group: string | null) => ({
  title: tq(li, '.experience-item__title,h3'),
  group,
  company: tq(li, '.experience-item__subtitle,h4'),
  // The location is the meta line that is neither the dates nor the description.
  location: txt(
    qa(li, '[class*="__meta-item"]').find(
      (m) => !q(m, '.date-range,.show-more-less-text') && !m.matches('[data-section]'),
    ),
  ),
  description: para(q(li, '.show-more-less-text__text--more') ?? q(li, '.show-more-less-text__text--less')),
  range: dateBits(q(li, '.date-range')),
});

export const publicPage: Layer = {
  id: 'linkedin/public',
  read({ root }) {
    const name = tq(root, '.top-card-layout__title');
    if (name == null) return null;
    const sub = q(root, '.top-card-layout__first-subline');
    return {
      name,
      headline: tq(root, '.top-card-layout__headline'),
      location: txt(q(sub, '.top-card__subline-item') ?? q(sub, 'span')),
      photo: imgSrc(q(root, 'img.top-card__profile-image,.top-card-layout__entity-image')),
      about: para(q(root, '[data-section="summary"] .core-section-container__content')),
      // A group is one company with several roles (experience-group-position) under it.
      experience: qa(root, 'li.experience-item,li.experience-group').flatMap((li) =>
        li.matches('.experience-group')
          ? qa(li, 'li.experience-group-position').map((r) => position(r, tq(li, '.experience-group-header__company')))
          : li.closest('.experience-group')
            ? []
            : [position(li, null)],
      ),
      education: qa(root, 'li.education__list-item').map((li) => {
        const [degree, field] = qa(li, 'h4 span').map((s) => txt(s));
        return { school: tq(li, 'h3'), degree, field, range: dateBits(q(li, '.date-range')) };
      }),
      skills: texts(root, '[data-section="skills"] li'),
    };
  },
};
