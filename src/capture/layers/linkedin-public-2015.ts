// LinkedIn's public profile before 2016 (#background-* sections). The card at
// the top is an hCard (h-card layer: name, headline, location); this reads the
// rest. The ids never changed language.
import { imgUrl, para, q, qa, texts, tq } from '../dom.ts';
import { rangeOf } from '../entries.ts';
import type { Layer } from '../layer.ts';

export const public2015: Layer = {
  id: 'linkedin/public-2015',
  read({ root, url }) {
    const B = (s: string) => qa(root, `#background-${s} .section-item`);
    return {
      photoUrl: imgUrl(q(root, '.profile-picture'), url),
      about: para(q(root, '#summary-item-view .description')),
      experience: B('experience').map((e) => ({
        title: tq(e, 'h4'),
        company: tq(e, 'h5:not(.experience-logo)'),
        location: tq(e, '.locality'),
        description: para(q(e, '.description')),
        start: null,
        end: null,
        current: false,
        ...rangeOf(q(e, '.experience-date-locale')),
      })),
      education: B('education').map((e) => ({
        school: tq(e, 'h4'),
        degree: tq(e, '.degree'),
        field: tq(e, '.major'),
        start: null,
        end: null,
        ...rangeOf(q(e, '.education-date')),
      })),
      skills: texts(root, '.endorse-item-name-text'),
    };
  },
};
