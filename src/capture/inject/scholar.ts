// The capture a scholar page receives (see install.ts).
import { scholarBundle } from '../bundles/scholar.ts';
import { install } from './install.ts';

install(scholarBundle);
