// LinkedIn's logged-out public profile of 2016-17 (pageKey public_profile_v3_desktop):
// section#topcard, #experience li.position, #education li.school, li.skill,
// data-section attributes, <time> dates, any UI language, no JSON-LD. The top
// card's "current" row names the company next to the headline; the headline is
// only the headline element's own text, and the current title comes from the
// first listed position, never from the headline.
import { dateBits, imgSrc, para, q, qa, texts, tq } from '../dom.ts';
import type { Layer } from '../layer.ts';

export const public2016: Layer = {
  id: 'linkedin/public-2016',
  read({ root }) {
    const top = q(root, 'section#topcard');
    if (!top) return null;
    return {
      name: tq(top, 'h1'),
      headline: tq(top, '[data-section="headline"],p.headline'),
      location: tq(top, '#demographics .locality'),
      photo: imgSrc(q(top, '.profile-picture img')),
      about: para(q(root, '#summary .description')),
      experience: qa(root, '#experience li.position').map((li) => ({
        title: tq(li, '.item-title'),
        company: tq(li, '.item-subtitle'),
        location: tq(li, '.location'),
        description: para(q(li, '.description')),
        range: dateBits(q(li, '.date-range')),
      })),
      education: qa(root, '#education li.school').map((li) => ({
        school: tq(li, '.item-title'),
        degree: tq(li, '[data-field-name$="DegreeName"]'),
        field: tq(li, '[data-field-name$="FieldOfStudy"]'),
        range: dateBits(q(li, '.date-range')),
      })),
      // "+ 6 more" / "Show less" pills are buttons, not skills.
      skills: texts(root, '#skills li.skill:not(.see-more):not(.see-less)'),
    };
  },
};
