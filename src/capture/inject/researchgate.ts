// The capture a researchgate page receives (see install.ts).
import { researchGateBundle } from '../bundles/researchgate.ts';
import { install } from './install.ts';

install(researchGateBundle);
