// What a LinkedIn page receives. Adding a layer = one import and one line in the list.
import type { Bundle } from '../capture.ts';
import { gate } from '../gate.ts';
import { code } from '../layers/linkedin-code.ts';
import { details } from '../layers/linkedin-details.ts';
import { legacy } from '../layers/linkedin-legacy.ts';
import { publicPage } from '../layers/linkedin-public.ts';
import { public2015 } from '../layers/linkedin-public-2015.ts';
import { public2016 } from '../layers/linkedin-public-2016.ts';
import { linkedinPublications } from '../layers/linkedin-publications.ts';
import { pvs } from '../layers/linkedin-pvs.ts';
import { react2026 } from '../layers/linkedin-react.ts';
import { title } from '../layers/linkedin-title.ts';
import { topCard } from '../layers/linkedin-topcard.ts';
import { GENERIC_PERSON_LAYERS } from './generic.ts';

export const linkedinBundle: Bundle = {
  site: 'linkedin',
  gate,
  // Most specific first: the visible page beats embedded data, which beats generic markup;
  // the document title is the last resort.
  layers: [
    details,
    topCard,
    react2026,
    legacy,
    publicPage,
    public2015,
    public2016,
    pvs,
    code,
    linkedinPublications,
    ...GENERIC_PERSON_LAYERS,
    title,
  ],
};
