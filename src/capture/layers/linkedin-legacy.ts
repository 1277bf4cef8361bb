// LinkedIn's Ember layout (≤2019): readable classes (pv-top-card-section__*,
// pv-entity__*), sections by id (#experience-section...), and English
// visually-hidden labels ("Company Name") that txt() skips rather than reads.
import { dateBits, imgSrc, para, q, qa, texts, tq } from '../dom.ts';
import type { Layer } from '../layer.ts';

const dates = (el: Element) => dateBits(q(el, '.pv-entity__date-range,.pv-entity__dates'));
const role = (el: Element, group: string | null) => ({
  title: tq(el, 'h3'),
  group,
  company: tq(el, '.pv-entity__secondary-title'),
  location: tq(el, '.pv-entity__location'),
  description: para(q(el, '.pv-entity__description')),
  range: dates(el),
});

export const legacy: Layer = {
  id: 'linkedin/legacy',
  read({ root }) {
    const name = tq(root, '.pv-top-card-section__name');
    if (name == null) return null;
    const T = (s: string) => tq(root, `.pv-top-card-section__${s}`);
    return {
      name,
      headline: T('headline'),
      location: T('location'),
      degree: T('distance-badge .dist-value'),
      photo: imgSrc(q(root, '.pv-top-card-section__photo')),
      about: para(q(root, '.pv-top-card-section__summary-text,.pv-about__summary-text')),
      // A company with several roles names itself in the summary; its roles are listed below.
      experience: qa(root, '#experience-section li.pv-position-entity').flatMap((li) => {
        const roles = qa(li, '.pv-entity__position-group-role-item');
        return roles.length
          ? roles.map((r) => role(r, tq(li, '.pv-entity__company-summary-info h3')))
          : [role(li, null)];
      }),
      education: qa(root, '#education-section .pv-education-entity').map((e) => ({
        school: tq(e, '.pv-entity__school-name'),
        degree: tq(e, '.pv-entity__degree-name .pv-entity__comma-item'),
        field: tq(e, '.pv-entity__fos .pv-entity__comma-item'),
        range: dates(e),
      })),
      skills: texts(root, '.pv-skill-category-entity__name-text'),
    };
  },
};
