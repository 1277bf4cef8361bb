// The capture a linkedin page receives (see install.ts).
import { linkedinBundle } from '../bundles/linkedin.ts';
import { install } from './install.ts';

install(linkedinBundle);
