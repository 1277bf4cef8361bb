// LinkedIn's public profile before 2016 (#background-* sections). The card at
// the top is an hCard (h-card layer: name, headline, location); this reads the
// rest. The ids never changed language.
import { dateBits, imgSrc, para, q, qa, texts, tq } from '../dom.ts';
import type { Layer } from '../layer.ts';

export const public2015: Layer = {
  id: 'linkedin/public-2015',
  read({ root }) {
    const B = (s: string) => qa(root, `#background-${s} .section-item`);
    return {
      photo: imgSrc(q(root, '.profile-picture')),
      about: para(q(root, '#summary-item-view .description')),
      experience: B('experience').map((e) => ({
        title: tq(e, 'h4'),
        company: tq(e, 'h5:not(.experience-logo)'),
        location: tq(e, '.locality'),
        description: para(q(e, '.description')),
        range: dateBits(q(e, '.experience-date-locale')),
      })),
      education: B('education').map((e) => ({
        school: tq(e, 'h4'),
        degree: tq(e, '.degree'),
        field: tq(e, '.major'),
        range: dateBits(q(e, '.education-date')),
      })),
      skills: texts(root, '.endorse-item-name-text'),
    };
  },
};
