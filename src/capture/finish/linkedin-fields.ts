// LinkedIn layers whose page half sends the profile's fields by name (finish/fields.ts): the
// 2021-25 top card, the public pages of 2015, 2016-17 and the 2020s, the Ember layout (≤2019).
import type { Finisher } from '../layer.ts';
import { profileFields } from './fields.ts';

const sites: Finisher['sites'] = ['linkedin'];
/** Layers that count only when they found the name (their anchor). */
export const byName: Finisher = { sites, finish: (raw, c) => profileFields(raw, c, true) };
export const anyField: Finisher = { sites, finish: (raw, c) => profileFields(raw, c) };
